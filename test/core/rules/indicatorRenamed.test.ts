import { formCells } from "../support/formCells";
import { edit, indicatorIndex, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

const RENAMING = ["001-01", "001-04", "001-06", "001-07", "001-08", "001-09", "001-10", "001-13", "001-14", "001-15", "001-16", "001-17", "001-18"];

ruleTester("INDICATOR_RENAMED", "info", {
  valid: [
    ...seedValidCases(RENAMING),
    { name: "a reason that explains a deduction", sheets: sheet(edit("000-01")) },
    {
      name: "a reason that only changes the 年度指标值",
      sheets: sheet(edit("000-01", (f) => (f.indicators[1].reason = "年度指标值修改为“稳定”，以此进行自评。"))),
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      // Real: 001-01 信息化运维项目, 故障响应维修情况 is assessed as 网络运行稳定性.
      const form = edit("001-01");
      return {
        name: "001-01 as published: 指标修改为“网络运行稳定性”",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(indicatorIndex(form, "故障响应维修情况"), "reason"), includes: ["故障响应维修情况", "网络运行稳定性"] }],
      };
    }),
    {
      name: "指标调整为 and 指标变更为 (plain H13, H14)",
      sheets: sheet(edit("000-01", (f) => {
        f.indicators[0].reason = "指标调整为“培训完成率”";
        f.indicators[1].reason = "指标 变更为“培训天数完成率”";
      })),
      findings: [{ cell: "H13", includes: ["培训完成率"] }, { cell: "H14" }],
    },
  ],
});
