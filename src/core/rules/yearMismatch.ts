// YEAR_MISMATCH: one workbook is one year's self-evaluation; a sheet of another year is usually last year's copy.
import { Project } from "../model";
import { WorkbookRule, finding } from "./rule";

export const YearMismatchRule: WorkbookRule = {
  id: "YEAR_MISMATCH",
  severity: "warning",
  describe: "工作表的年度与多数工作表不同",
  checkWorkbook(projects: Project[]) {
    const counts = new Map<number, number>();
    for (const p of projects) if (p.year.value !== null) counts.set(p.year.value, (counts.get(p.year.value) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length < 2 || ranked[0][1] === ranked[1][1]) return [];
    const common = ranked[0][0];
    return projects
      .filter((p) => p.year.value !== null && p.year.value !== common)
      .map((p) => finding(this, p, p.year, `年度为 ${p.year.value}，而多数工作表为 ${common} 年度`, { expected: common, actual: p.year.value }));
  },
};
