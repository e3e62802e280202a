/**
 * The 映射 tab in Chromium: the active sheet's fields where the core reads them, a field pointed
 * at the cell selected in Excel (and what the next check makes of it), and 恢复自动.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { fieldLabel } from "../../src/taskpane/mappingModel";
import { setLocale, t } from "../../src/taskpane/i18n";
import { assertNoProblems, byTestId, runCheck, screenshot, shownFindings, textOf, usePaneBrowser } from "./session";
import { coreCells, coreCheck, coreProject, countsOf, e2eForms, e2eSpecs, layoutOf, listOrder, workbook } from "./workbooks";

interface ShownRow {
  field: string;
  label: string;
  cell: string;
  value: string;
  overridden: boolean;
}

function mappingRows(page: Page): Promise<ShownRow[]> {
  return page.$$eval('[data-testid="mapping-row"]', (rows) =>
    (rows as HTMLElement[]).map((r) => ({
      field: r.dataset.field ?? "",
      label: (r.querySelector("th")?.firstChild?.textContent ?? "").trim(),
      cell: (r.querySelector('[data-testid="mapping-cell"]')?.textContent ?? "").trim(),
      value: (r.querySelector('[data-testid="mapping-value"]')?.textContent ?? "").trim(),
      overridden: r.querySelector('[data-testid="mapping-overridden"]') !== null,
    })),
  );
}

const row = (field: string) => `[data-testid="mapping-row"][data-field="${field}"]`;

async function showMapping(page: Page): Promise<void> {
  await page.click(byTestId("tab-mapping"));
  await page.waitForSelector(byTestId("mapping-table"));
}

describe("task pane in Chromium: 映射", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();
  const specs = e2eSpecs();
  const expected = coreCheck(specs);
  // An offset-layout form (at C5, amounts as text) on which the total adds up.
  const sheet = e2eForms()
    .map((f) => f.name)
    .find((name) => layoutOf(name) === "offset" && !expected.findings.some((f) => f.sheet === name && f.rule === "TOTAL_SUM"))!;
  const cells = coreCells(specs, sheet);
  before(() => setLocale("zh"));

  it("shows each field of the active sheet at the cell the core reads it from", async () => {
    const pane = await browser.open(workbook(specs, { select: { sheet, address: "A1" } }));
    const { page } = pane;
    await showMapping(page);
    assert.equal(await page.getAttribute(byTestId("mapping-sheet"), "data-sheet"), sheet);
    const rows = await mappingRows(page);
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.field, r.cell])), cells);
    for (const r of rows) assert.equal(r.label, fieldLabel(r.field), r.field);
    assert.equal(rows.find((r) => r.field === "name")?.value, sheet);
    assert.ok(rows.every((r) => !r.overridden));
    assert.equal(cells.title, "C5", "the offset layout's form starts at C5");
    await screenshot(page, "01-mapping.png");
    await assertNoProblems(pane);
  });

  it("points 总分·得分 at the selected cell, the next check follows it, and 恢复自动 undoes it", async () => {
    // The first indicator's 分值 instead of the 得分 total: 总分 no longer adds up on that sheet.
    const target = coreProject(specs, sheet).indicators[0].weight.cell;
    const pointed = coreCheck(specs, { [sheet]: { totalScore: target } });
    const pointedOnSheet = pointed.findings.filter((f) => f.sheet === sheet);
    assert.ok(pointedOnSheet.some((f) => f.rule === "TOTAL_SUM"), "precondition: the core finds TOTAL_SUM with the new cell");

    const pane = await browser.open(workbook(specs, { select: { sheet, address: "A1" } }));
    const { page } = pane;
    await showMapping(page);
    await page.evaluate(([s, a]) => window.__sim.select(s, a), [sheet, target]);
    await page.click(`${row("totalScore")} ${byTestId("mapping-point")}`);
    await page.waitForSelector(`${row("totalScore")} ${byTestId("mapping-overridden")}`);
    const changed = (await mappingRows(page)).find((r) => r.field === "totalScore")!;
    assert.equal(changed.cell, target);
    assert.equal(await textOf(page, `${row("totalScore")} ${byTestId("mapping-overridden")}`), t("mapping.overridden"));
    assert.equal(await textOf(page, byTestId("status")), t("mapping.pointed", { field: fieldLabel("totalScore"), cell: target }));
    assert.deepEqual((await mappingRows(page)).filter((r) => r.overridden).map((r) => r.field), ["totalScore"]);
    await screenshot(page, "01b-mapping-pointed.png");

    await page.click(byTestId("tab-check"));
    await runCheck(page);
    const counts = countsOf(pointed.findings);
    assert.equal(await textOf(page, `${byTestId("summary-error")} strong`), String(counts.error));
    assert.equal(await textOf(page, `${byTestId("summary-warning")} strong`), String(counts.warning));
    assert.deepEqual(
      (await shownFindings(page)).filter((f) => f.sheet === sheet).map((f) => [f.rule, f.cell, f.message]),
      listOrder(pointedOnSheet).map((f) => [f.rule, f.cell, f.message]),
    );

    await showMapping(page);
    await page.click(`${row("totalScore")} ${byTestId("mapping-reset")}`);
    await page.waitForSelector(`${row("totalScore")} ${byTestId("mapping-overridden")}`, { state: "detached" });
    assert.deepEqual(Object.fromEntries((await mappingRows(page)).map((r) => [r.field, r.cell])), cells);
    assert.equal(await textOf(page, byTestId("status")), t("mapping.resetDone", { field: fieldLabel("totalScore") }));

    await page.click(byTestId("tab-check"));
    await runCheck(page);
    assert.equal(await textOf(page, `${byTestId("summary-error")} strong`), String(countsOf(expected.findings).error));
    assert.deepEqual(
      (await shownFindings(page)).filter((f) => f.sheet === sheet).map((f) => [f.rule, f.cell]),
      listOrder(expected.findings.filter((f) => f.sheet === sheet)).map((f) => [f.rule, f.cell]),
    );
    await assertNoProblems(pane);
  });
});
