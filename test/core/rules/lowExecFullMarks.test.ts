import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, sheet } from "../support/ruleTester";

// 002-05 缴纳残疾人就业保障金: 14.80 budgeted, 2.19 spent (14.79 %), every indicator at full marks, 优.
// 001-12 办公楼修缮: 40.77 %, but its indicators lost 3 of 90 points.
ruleTester("LOW_EXEC_FULL_MARKS", "info", {
  valid: [
    { name: "40.77 % with points lost (001-12 as printed)", sheets: sheet(edit("001-12")) },
    { name: "every indicator at full marks with 100 % executed (002-04)", sheets: sheet(edit("002-04")) },
    {
      name: "80.00 % is not below 80",
      sheets: sheet(edit("002-05", (f) => { for (const row of [f.funds.total, f.funds.current]) { row[2] = "11.84"; row[4] = "80.00"; } f.funds.total[5] = "8.00"; })),
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const form = edit("002-05");
      return {
        name: "14.79 % executed and all five indicators at full marks (002-05 as printed)",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).funds("total", "rate"), includes: ["14.79%", "低于 80%", "5 个指标都得满分"], actual: 14.79 }],
      };
    }),
    {
      name: "98.62 % with full marks, below a configured 99 % (002-02)",
      sheets: sheet(edit("002-02")),
      config: { rules: { LOW_EXEC_FULL_MARKS: ["info", { below: 99 }] } },
      findings: [{ cell: "G6", includes: ["98.62%", "低于 99%"] }],
    },
  ],
});
