import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

const graded = (total: string, grade: string) => edit("000-01", (f) => { f.totalScore = total; f.grade = grade; });
// A 总分 changed alone no longer adds up: TOTAL_SUM would say it is 87.93 and GRADE would grade
// that (Causes; test/core/causes.test.ts). Off, GRADE is seen on the stated 总分 alone.
const ALONE = { rules: { TOTAL_SUM: "off" as const } };

const VALID: [string, string][] = [
  ["100.00", "优"], ["90.00", "优"], ["89.99", "良"], ["80.00", "良"], ["79.99", "中"], ["60.00", "中"], ["59.99", "差"], ["0.00", "差"],
];
const INVALID: [string, string, string][] = [
  ["90.00", "良", "优"], ["89.99", "优", "良"], ["80.00", "中", "良"], ["79.99", "良", "中"], ["60.00", "差", "中"], ["59.99", "中", "差"],
];

ruleTester("GRADE", "error", {
  valid: [
    ...seedValidCases(),
    ...VALID.map(([total, grade]) => ({ name: `总分 ${total} → ${grade}`, sheets: sheet(graded(total, grade)), config: ALONE })),
    { name: "a grade with spaces around it", sheets: sheet(graded("87.93", " 良 ")) },
  ],
  invalid: [
    ...INVALID.map(([total, grade, expected]) => {
      const form = graded(total, grade);
      return {
        name: `总分 ${total} graded ${grade}`,
        sheets: sheet(form),
        config: ALONE,
        findings: [{ cell: formCells(form).grade, includes: [total, `“${expected}”`, `“${grade}”`], expected, actual: grade }],
      };
    }),
    ...inEveryLayout((layout) => {
      const form = edit("000-01", (f) => (f.grade = "优"));
      return {
        name: "87.93 graded 优",
        sheets: sheet(form, layout),
        findings: [{ cell: formCells(form, layout).grade, includes: ["87.93", "良", "优"] }],
      };
    }),
    {
      name: "a 总分 above 100 cannot be graded (plain C25)",
      sheets: sheet(graded("101.00", "优")),
      config: ALONE,
      findings: [{ cell: "C25", includes: ["101.00"] }],
    },
  ],
});
