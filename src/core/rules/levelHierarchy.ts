// LEVEL_HIERARCHY: each 二级指标 belongs to one 一级指标 (财预〔2020〕10号 附件 指标体系).
import { HIERARCHY } from "../labels";
import { Project } from "../model";
import { compact } from "../numbers";
import { ProjectRule, eachIndicator, finding } from "./rule";

/** Names compared without white space and without a trailing 指标 (服务对象满意度 = 服务对象满意度指标). */
const stem = (name: string) => compact(name).replace(/指标$/, "");

/** 一级 stem → its 二级 names and their stems, made once. */
const BY_STEM = new Map(
  Object.entries(HIERARCHY).map(([l1, l2s]) => [stem(l1), { names: l2s, stems: new Set(l2s.map(stem)) }]),
);

/** The allowed 二级指标 of a 一级指标, matched on the stem (满意度 = 满意度指标). */
function allowedUnder(level1: string): readonly string[] | undefined {
  return BY_STEM.get(stem(level1))?.names;
}

export function belongsTo(level1: string, level2: string): boolean {
  return !!BY_STEM.get(stem(level1))?.stems.has(stem(level2));
}

export const LevelHierarchyRule: ProjectRule = {
  id: "LEVEL_HIERARCHY",
  severity: "error",
  describe: "二级指标不属于其一级指标",
  check(project: Project) {
    const seen = new Set<string>();
    return eachIndicator(project, (ind) => {
      const { level1, level2 } = ind;
      if (level2.value === null || level1.uncalculated || seen.has(level2.cell)) return;
      seen.add(level2.cell);
      if (level1.value !== null && belongsTo(level1.value, level2.value)) return;
      const allowed = level1.value !== null ? allowedUnder(level1.value) : undefined;
      const message = allowed
        ? `二级指标“${level2.value}”不属于一级指标“${level1.value}”（应为：${allowed.join("、")}）`
        : `二级指标“${level2.value}”的一级指标“${level1.value ?? ""}”不是产出指标、效益指标或满意度指标`;
      return finding(this, project, level2, message, { related: [level1.cell] });
    });
  },
};
