// YEAR_MISMATCH: one workbook is one year's self-evaluation; a sheet of another year is usually last year's copy.
import { Project } from "../model";
import { WorkbookRule, report } from "./rule";

export const YearMismatchRule: WorkbookRule = {
  id: "YEAR_MISMATCH",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "年度不一致", en: "Year mismatch" },
      description: { zh: "工作表的年度与多数工作表不同", en: "A sheet's year differs from most sheets'" },
      rationale: {
        zh: "一本工作簿是一个年度的自评；年度不同的表多半是上一年的表没有改年度（票数相同时不报）。",
        en: "A workbook is one year's self-evaluation; a sheet of another year is mostly last year's left unchanged (no finding on a tie).",
      },
      source: { zh: "复核做法", en: "Review practice" },
      examples: {
        invalid: { zh: "12 张表为 2024 年度，1 张为 2023 年度", en: "12 sheets of 2024, one of 2023" },
        valid: { zh: "所有表同一年度", en: "All sheets of one year" },
      },
    },
    messages: {
      otherYear: { zh: "年度为 {year}，而多数工作表为 {common} 年度", en: "The year is {year} while most sheets are {common}" },
    },
  },
  checkWorkbook(projects: Project[]) {
    const counts = new Map<number, number>();
    for (const p of projects) if (p.year.value !== null) counts.set(p.year.value, (counts.get(p.year.value) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (ranked.length < 2 || ranked[0][1] === ranked[1][1]) return [];
    const common = ranked[0][0];
    return projects
      .filter((p) => p.year.value !== null && p.year.value !== common)
      .map((p) => report(p, p.year, "otherYear", { year: p.year.value!, common }, { expected: common, actual: p.year.value }));
  },
};
