import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01 indicator 10 学员满意度: ≥90.00(%), 96.70(%).
const units = (target: string, actual: string) => edit("000-01", (f) => Object.assign(f.indicators[10], { target, actual }));

ruleTester("UNIT_MISMATCH", "warning", {
  valid: [
    ...seedValidCases(),
    { name: "% and 百分比 are one unit", sheets: sheet(units("≥90.00(%)", "96.70(百分比)")) },
    { name: "% and ％ are one unit", sheets: sheet(units("≥90.00(％)", "96.70(%)")) },
    { name: "a bare % sign", sheets: sheet(units("≥90.00%", "96.70(%)")) },
    { name: "(null) is no unit", sheets: sheet(units("≥90(null)", "96.70(人)")) },
    { name: "an actual without a unit", sheets: sheet(units("≥90.00(%)", "96.70")) },
    { name: "units with spaces", sheets: sheet(units("≥1850.00(人 次)", "2434.00(人次)")) },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = units("≥90.00(%)", "96.70(人)");
      return {
        name: "% against 人",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).indicator(10, "actual"), includes: ["学员满意度", "“人”", "“%”"], expected: "%", actual: "人" }],
      };
    }),
    { name: "期 against 次 (plain E23)", sheets: sheet(units("=42.00(期)", "47.00(次)")), findings: [{ cell: "E23", includes: ["次", "期"] }] },
  ],
});
