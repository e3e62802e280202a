import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

const graded = (total: string, grade: string) => edit("000-01", (f) => { f.totalScore = total; f.grade = grade; });

const VALID: [string, string][] = [
  ["100.00", "优"], ["90.00", "优"], ["89.99", "良"], ["80.00", "良"], ["79.99", "中"], ["60.00", "中"], ["59.99", "差"], ["0.00", "差"],
];
const INVALID: [string, string, string][] = [
  ["90.00", "良", "优"], ["89.99", "优", "良"], ["80.00", "中", "良"], ["79.99", "良", "中"], ["60.00", "差", "中"], ["59.99", "中", "差"],
];

ruleTester("GRADE", "error", {
  valid: [
    ...seedValidCases(),
    ...VALID.map(([total, grade]) => ({ name: `总分 ${total} → ${grade}`, sheets: sheet(graded(total, grade)) })),
    { name: "a grade with spaces around it", sheets: sheet(graded("87.93", " 良 ")) },
  ],
  invalid: [
    ...INVALID.map(([total, grade, expected]) => {
      const form = graded(total, grade);
      return {
        name: `总分 ${total} graded ${grade}`,
        sheets: sheet(form),
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
      findings: [{ cell: "C25", includes: ["101.00"] }],
    },
  ],
});
