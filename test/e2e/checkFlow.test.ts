/**
 * The 检查 tab in Chromium, by its buttons, against the simulated workbook: what it counts is
 * what the core finds on the same sheets, a finding takes the user to its cell, the severity
 * filter works, and 清除标记 gives every cell its fill back.
 */
import { strict as assert } from "assert";
import { paintTargets } from "../../src/office/highlights";
import { setLocale, t } from "../../src/taskpane/i18n";
import { contents, fills } from "../office/simHost";
import { assertNoProblems, byTestId, runCheck, screenshot, shownFindings, simSelection, simState, textOf, usePaneBrowser } from "./session";
import { countsBySheet, countsOf, coreCheck, e2eSpecs, listOrder, projectCount, workbook } from "./workbooks";

describe("task pane in Chromium: 检查", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();
  const specs = e2eSpecs();
  const expected = coreCheck(specs);
  const firstError = expected.findings.find((f) => f.severity === "error")!;
  // A fill the user had on a cell the check paints, and one on a cell it leaves alone.
  const presetFills = [
    { sheet: firstError.sheet, address: firstError.cell, color: "#00B0F0" },
    { sheet: "封面", address: "A1", color: "#FFFF00" },
  ];
  before(() => setLocale("zh"));

  it("counts what the core finds, in total and per sheet, and lists every finding", async () => {
    assert.ok(countsOf(expected.findings).error >= 2 && countsOf(expected.findings).warning >= 2, "the fixture has errors and warnings");
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    assert.equal(await textOf(page, byTestId("check-not-run")), t("check.notRun"));
    await runCheck(page);

    const counts = countsOf(expected.findings);
    assert.equal(await textOf(page, `${byTestId("summary-projects")} strong`), String(projectCount(expected)));
    for (const s of ["error", "warning", "info"] as const) {
      assert.equal(await textOf(page, `${byTestId(`summary-${s}`)} strong`), String(counts[s]), s);
      assert.equal(await textOf(page, byTestId(`filter-${s}-count`)), String(counts[s]), `filter ${s}`);
    }

    const groups = await page.$$eval(byTestId("sheet-group"), (els) =>
      (els as HTMLElement[]).map((g) => {
        const count = (s: string) => g.querySelectorAll(`[data-testid="finding"][data-severity="${s}"]`).length;
        const badge = (s: string) => g.querySelector(`summary .badge[data-severity="${s}"]`)?.textContent ?? null;
        return { sheet: g.dataset.sheet, counts: { error: count("error"), warning: count("warning"), info: count("info") }, errorBadge: badge("error") };
      }),
    );
    assert.deepEqual(groups.map((g) => [g.sheet, g.counts]), countsBySheet(expected));
    for (const g of groups) assert.equal(g.errorBadge, g.counts.error ? `${t("severity.error")} ${g.counts.error}` : null, g.sheet);

    const shown = await shownFindings(page);
    assert.deepEqual(shown, listOrder(expected.findings).map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message })));
    assert.equal(await textOf(page, byTestId("check-shown")), t("check.shown", { shown: expected.findings.length, total: expected.findings.length }));
    assert.equal(await textOf(page, byTestId("status")), t("check.done", { errors: counts.error, warnings: counts.warning, infos: counts.info }));

    // (The README's picture is layout.test.ts's, of the workbench.)
    await screenshot(page, "02-check-all.png");
    await assertNoProblems(pane);
  });

  it("selects a finding's cell in Excel when it is clicked", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    // The last finding is on another sheet than the active one (the cover).
    for (const f of [expected.findings[expected.findings.length - 1], firstError]) {
      await page.click(`[data-testid="finding"][data-sheet="${f.sheet}"][data-cell="${f.cell}"][data-rule="${f.rule}"]`);
      await page.waitForFunction(({ sheet, cell }) => window.__sim.selection?.sheet === sheet && window.__sim.selection?.address === cell, { sheet: f.sheet, cell: f.cell });
      assert.deepEqual(await simSelection(page), { sheet: f.sheet, address: f.cell });
    }
    await assertNoProblems(pane);
  });

  it("hides and shows findings by severity, with the shown count", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    const total = expected.findings.length;
    const errors = expected.findings.filter((f) => f.severity === "error");

    await page.click(byTestId("filter-warning"));
    await page.click(byTestId("filter-info"));
    assert.deepEqual((await shownFindings(page)).map((f) => [f.sheet, f.cell, f.rule]), errors.map((f) => [f.sheet, f.cell, f.rule]));
    assert.equal(await textOf(page, byTestId("check-shown")), t("check.shown", { shown: errors.length, total }));
    const groups = await page.$$eval(byTestId("sheet-group"), (els) => (els as HTMLElement[]).map((g) => g.dataset.sheet));
    assert.deepEqual(groups, [...new Set(errors.map((f) => f.sheet))], "sheets with warnings only are gone");
    // The summary still counts everything: the filter changes the list, not the result.
    assert.equal(await textOf(page, `${byTestId("summary-warning")} strong`), String(countsOf(expected.findings).warning));
    await screenshot(page, "03-filtered.png");

    await page.click(byTestId("filter-error"));
    assert.equal(await textOf(page, byTestId("check-all-filtered")), t("check.allFiltered"));
    assert.equal(await textOf(page, byTestId("check-shown")), t("check.shown", { shown: 0, total }));

    for (const s of ["error", "warning", "info"]) await page.click(byTestId(`filter-${s}`));
    assert.equal((await shownFindings(page)).length, total);
    assert.equal(await textOf(page, byTestId("check-shown")), t("check.shown", { shown: total, total }));
    await assertNoProblems(pane);
  });

  it("paints each finding's cell, and 清除标记 restores every fill exactly without touching a value", async () => {
    const pane = await browser.open(workbook(specs, { fills: presetFills }));
    const { page } = pane;
    const before = await simState(page);
    assert.equal(fills(before)[`${firstError.sheet}!${firstError.cell}`]?.color, "#00B0F0", "the preset fill is in the workbook");

    await runCheck(page);
    const checked = await simState(page);
    const painted = fills(checked);
    const targets = paintTargets(expected.findings);
    for (const target of targets) {
      assert.equal(painted[`${target.sheet}!${target.cell}`]?.color.toUpperCase(), target.paint.toUpperCase(), `${target.sheet}!${target.cell}`);
    }
    const paintedKeys = new Set(targets.map((x) => `${x.sheet}!${x.cell}`));
    for (const [key, fill] of Object.entries(fills(before))) {
      if (!paintedKeys.has(key)) assert.deepEqual(painted[key], fill, `${key} is not a finding and keeps its fill`);
    }
    assert.equal(Object.keys(painted).length, new Set([...paintedKeys, ...Object.keys(fills(before))]).size, "nothing else is filled");
    assert.deepEqual(contents(checked), contents(before), "the check changed no value or formula");

    await page.waitForSelector(`${byTestId("check-clear")}:not([disabled])`);
    await page.click(byTestId("check-clear"));
    await page.waitForFunction((text) => document.querySelector('[data-testid="status"]')?.textContent === text, t("check.cleared", { count: targets.length }));
    const cleared = await simState(page);
    assert.deepEqual(fills(cleared), fills(before));
    assert.deepEqual(contents(cleared), contents(before));
    assert.equal(await page.isDisabled(byTestId("check-clear")), true, "nothing left to clear");
    await assertNoProblems(pane);
  });

});
