import { formCells } from "../support/formCells";
import { edit, indicatorIndex, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01 indicator 10 学员满意度: ≥90.00(%).
const target = (t: string) => edit("000-01", (f) => (f.indicators[10].target = t));

ruleTester("UNIT_MISSING", "warning", {
  valid: [
    ...seedValidCases(["003-03", "003-06"]),
    { name: "a bare % sign is a unit", sheets: sheet(target("≥90%")) },
    { name: "full-width brackets", sheets: sheet(target("≥90（％）")) },
    { name: "a qualitative target", sheets: sheet(target("有所提升")) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = target("≥90.00");
      return {
        name: "a number without a unit",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(10, "target"), includes: ["学员满意度", "没有计量单位"] }],
      };
    }),
    { name: "the unit (null) (plain D23)", sheets: sheet(target("≥90(null)")), findings: [{ cell: "D23", includes: ["null"] }] },
    { name: "empty brackets", sheets: sheet(target("≥90()")), findings: [{ cell: "D23" }] },
    ...inEveryLayout((layout) => {
      // Real: 003-03 技术转移合作 prints two ≥90(null) satisfaction targets.
      const form = edit("003-03");
      const cells = formCells(form, layout);
      return {
        name: "003-03 as published: two ≥90(null)",
        sheets: sheet(form, layout),
        findings: [
          { cell: cells.indicator(indicatorIndex(form, "科技服务人才队伍提升综合满意度"), "target"), includes: ["90", "null"] },
          { cell: cells.indicator(indicatorIndex(form, "社会组织服务综合满意度"), "target"), includes: ["null"] },
        ],
      };
    }),
    ...inEveryLayout((layout) => {
      // Real: 003-06 加强科技类社会组织党建工作 prints =90(null).
      const form = edit("003-06");
      return {
        name: "003-06 as published: =90(null)",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(indicatorIndex(form, "社会组织工作人员、参培人员满意度"), "target"), includes: ["=90", "null"] }],
      };
    }),
  ],
});
