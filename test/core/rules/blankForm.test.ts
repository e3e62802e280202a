import { strict as assert } from "assert";
import { checkGrids } from "../../../src/core/check";
import { resolveConfig } from "../../../src/core/config";
import { Grid } from "../../../src/core/grid";
import { templateForm, templateGrid } from "../../../src/core/template";
import { formGrid } from "../../fixtures/layouts";
import { SeedForm } from "../../fixtures/seedForms";
import { edit, inEveryLayout, ruleTester, seedValidCases } from "../support/ruleTester";
import { formCells } from "../support/formCells";

/** A seed form with every cell a person types emptied: what is left is what a template prints. */
function emptied(form: SeedForm): SeedForm {
  const blankLine = (line: string[]) => line.map((v, i) => (i < 3 ? "" : v)) as SeedForm["funds"]["total"];
  form.name = "";
  form.department = "";
  form.implementer = "";
  form.goals = { planned: "", achieved: "" };
  for (const row of ["total", "current", "carryover", "other"] as const) form.funds[row] = blankLine(form.funds[row]);
  form.indicators = form.indicators.map((i) => ({ ...i, name: "", target: "", actual: "", score: "", reason: "" }));
  form.totalScore = "";
  form.grade = "";
  return form;
}

const blank = (id = "001-01") => edit(id, emptied);
const template = (name = "自评表"): Grid => templateGrid(templateForm({ name }));

ruleTester("BLANK_FORM", "info", {
  valid: [
    ...seedValidCases(),
    { name: "a blank form with its project name filled in", sheets: () => [formGrid(edit("001-01", (f) => (emptied(f), (f.name = "新项目"))))] },
    {
      name: "a blank form with one amount typed",
      sheets: () => [formGrid(edit("001-01", (f) => (emptied(f), (f.funds.current[1] = "12.00"))))],
    },
    {
      name: "a blank form with one indicator named",
      sheets: () => [formGrid(edit("001-01", (f) => (emptied(f), (f.indicators[0].name = "培训期数"))))],
    },
  ],
  invalid: [
    { name: "the form 插入自评表 inserts, as written", sheets: () => [template()], findings: [{ cell: "B3", includes: ["尚未填写"] }] },
    ...inEveryLayout((layout) => ({
      name: "a seed form with every typed cell emptied",
      sheets: () => [formGrid(blank(), layout)],
      findings: [{ cell: formCells(blank(), layout).name }],
    })),
    {
      name: "prompts left in the goals still count as empty",
      sheets: () => [formGrid(edit("001-01", (f) => (emptied(f), (f.goals.planned = "对照年度目标,说明…(100字以内)"))))],
      findings: [{ cell: formCells(blank()).name }],
    },
  ],
});

describe("BLANK_FORM: nothing else runs on a blank form", () => {
  it("gives one 提示 for an inserted form, where its empty cells would each be a REQUIRED_FIELD error", () => {
    const findings = checkGrids([template()]).findings;
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [["BLANK_FORM", "info"]]);
    // Turned off, the rules run as before: every empty field a person types is an error.
    const without = checkGrids([template()], {}, { config: resolveConfig([{ rules: { BLANK_FORM: "off" } }]) }).findings;
    const required = without.filter((f) => f.rule === "REQUIRED_FIELD").map((f) => f.cell);
    for (const cell of ["B3", "B4", "F4", "A2"]) assert.ok(required.includes(cell), `${cell} in ${required.join(", ")}`);
  });

  it("leaves blank forms out of the workbook rules: two of them are not duplicates, and their years are not compared", () => {
    const grids = [template("自评表"), template("自评表 (2)"), formGrid(edit("001-01")), formGrid(edit("001-02"))];
    const findings = checkGrids(grids).findings;
    assert.deepEqual(findings.filter((f) => f.sheet.startsWith("自评表")).map((f) => f.rule), ["BLANK_FORM", "BLANK_FORM"]);
    const filled = checkGrids(grids.slice(2)).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    assert.deepEqual(findings.filter((f) => !f.sheet.startsWith("自评表")).map((f) => `${f.rule} ${f.sheet}!${f.cell}`), filled);
  });

  it("checks a form as usual once anything is typed into it", () => {
    const started = edit("001-01", (f) => (emptied(f), (f.name = "新项目")));
    const rules = new Set(checkGrids([formGrid(started)]).findings.map((f) => f.rule));
    assert.ok(rules.has("REQUIRED_FIELD") && !rules.has("BLANK_FORM"), [...rules].join(", "));
  });
});
