// GRADE: 评分等级 follows 总分: ≥90 优, ≥80 良, ≥60 中, else 差 (财预〔2020〕10号 第二十三条).
import { Finding, Project } from "../model";
import { compact, fmt2 } from "../numbers";
import { grade, isError } from "../scoring";
import { ProjectRule, RuleContext, report } from "./rule";

/** An earlier finding that already says the 总分 row is wrong, and leaves no total to grade. */
function reportsTotalRow(f: Finding): boolean {
  if (f.rule === "WEIGHT_SUM") return true;
  return f.rule === "TOTAL_SUM" && (typeof f.expected !== "number" || isError(grade(f.expected)));
}

export const GradeRule: ProjectRule = {
  id: "GRADE",
  meta: {
    severity: "error",
    fixable: true,
    docs: {
      name: { zh: "评分等级", en: "Grade" },
      description: { zh: "评分等级与总分不符", en: "The grade does not match the total score" },
      rationale: {
        zh: "等级由总分决定：90 分（含）以上为优，80（含）至 90 为良，60（含）至 80 为中，60 以下为差。",
        en: "The grade follows from the total: 90 and above 优, 80–90 良, 60–80 中, below 60 差.",
      },
      source: { zh: "财预〔2020〕10号 第二十三条", en: "财预〔2020〕10号, article 23" },
      examples: {
        invalid: { zh: "总分 87.93，等级填“优”", en: "Total 87.93, grade 优" },
        valid: { zh: "总分 87.93，等级“良”", en: "Total 87.93, grade 良" },
      },
    },
    messages: {
      outOfRange: { zh: "总分 {total} 不在 0 到 100 之间，无法评定等级", en: "The total {total} is not between 0 and 100, so there is no grade" },
      wrongGrade: { zh: "总分 {total} 对应的评分等级为“{expected}”，表中为“{stated}”", en: "A total of {total} is graded \"{expected}\", the sheet has \"{stated}\"" },
    },
  },
  check(project: Project, ctx: RuleContext) {
    const total = project.totalScore.value;
    const stated = project.grade.value;
    if (project.grade.absent || total === null || stated === null) return [];
    const expected = grade(total);
    const related = [project.totalScore.cell];
    if (isError(expected)) {
      // A total above 100 (or below 0) is the total row's mistake when a rule of that row says
      // so — unless TOTAL_SUM's right total is a 总分 with a grade: then the grade is checked
      // again with it (Causes).
      if (ctx.earlier.some(reportsTotalRow)) return [];
      return [report(project, project.grade, "outOfRange", { total: fmt2(total) }, { actual: stated, related })];
    }
    if (compact(stated) === expected.value) return [];
    return [report(project, project.grade, "wrongGrade", { total: fmt2(total), expected: expected.value, stated },
      { expected: expected.value, actual: stated, related, fix: { cell: project.grade.cell, value: expected.value } })];
  },
};
