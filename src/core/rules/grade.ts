// GRADE: 评分等级 follows 总分: ≥90 优, ≥80 良, ≥60 中, else 差 (财预〔2020〕10号 第二十三条).
import { Project } from "../model";
import { compact, fmt2 } from "../numbers";
import { grade, isError } from "../scoring";
import { ProjectRule, finding } from "./rule";

export const GradeRule: ProjectRule = {
  id: "GRADE",
  severity: "error",
  describe: "评分等级与总分不符",
  check(project: Project) {
    const total = project.totalScore.value;
    const stated = project.grade.value;
    if (total === null || stated === null) return [];
    const expected = grade(total);
    if (isError(expected)) {
      return [finding(this, project, project.grade, `总分 ${fmt2(total)} 不在 0 到 100 之间，无法评定等级`,
        { actual: stated, related: [project.totalScore.cell] })];
    }
    if (compact(stated) === expected.value) return [];
    return [finding(this, project, project.grade,
      `总分 ${fmt2(total)} 对应的评分等级为“${expected.value}”，表中为“${stated}”`,
      { expected: expected.value, actual: stated, related: [project.totalScore.cell] })];
  },
};
