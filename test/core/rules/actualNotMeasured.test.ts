import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 002-01 机关服务: 2 对辅助人员的工作考核次数 ≥2(次), 2.00(次); 7 辅助人员经费拨付及时性 =100(%).
const actualOf = (index: number, actual: string) => edit("002-01", (f) => (f.indicators[index].actual = actual));

ruleTester("ACTUAL_NOT_MEASURED", "warning", {
  valid: [
    ...seedValidCases(),
    ...inEveryLayout((layout) => ({ name: "a number without its unit (2)", sheets: sheet(actualOf(2, "2"), layout) })),
    { name: "a qualitative target achieved (及时, 达成指标) in 000-01", sheets: sheet(edit("000-01")) },
    { name: "an empty actual is REQUIRED_FIELD's", sheets: sheet(actualOf(2, "")) },
    ...inEveryLayout((layout) => ({ name: "an actual never filled in (*, 待填写) is PLACEHOLDER_TEXT's", sheets: sheet(edit("002-01", (f) => {
      f.indicators[2].actual = "*";
      f.indicators[7].actual = "待填写";
    }), layout) })),
  ],
  invalid: [
    ...["完成", "已完成", "是", "达成指标"].flatMap((actual) =>
      inEveryLayout((layout) => {
        const form = actualOf(2, actual);
        return {
          name: `≥2(次) done “${actual}”`,
          sheets: sheet(form, layout),
          findings: [{ cell: formCells(form, layout).indicator(2, "actual"), includes: ["对辅助人员的工作考核次数", `“${actual}”`, "无法与指标值比较"] }],
        };
      })),
    {
      name: "=100(%) done “按时拨付” (plain E20)",
      sheets: sheet(actualOf(7, "按时拨付")),
      findings: [{ cell: "E20", includes: ["=100(%)", "按时拨付"] }],
    },
  ],
});
