/**
 * The 映射 tab in Chromium: the active sheet's fields where the core reads them, a field pointed
 * at the cell selected in Excel (and what the next check makes of it), and 恢复自动.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { fieldLabel } from "../../src/taskpane/mappingModel";
import { setLocale, t } from "../../src/taskpane/i18n";
import { assertNoProblems, byTestId, runCheck, screenshot, shownFindings, simState, textOf, usePaneBrowser } from "./session";
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

  it("follows Excel's active sheet and selection, and refuses a range, a cell another field stands on, and the title as 评分等级", async () => {
    const pane = await browser.open(workbook(specs, { select: { sheet, address: "A1" } }));
    const { page } = pane;
    await showMapping(page);
    const other = e2eForms().map((f) => f.name).find((n) => n !== sheet)!;
    await page.evaluate((s) => window.__sim.select(s, "B3"), other);
    await page.waitForFunction((s) => document.querySelector('[data-testid="mapping-sheet"]')?.getAttribute("data-sheet") === s, other);
    await page.evaluate((s) => window.__sim.select(s, "A1"), sheet);
    await page.waitForFunction((s) => document.querySelector('[data-testid="mapping-sheet"]')?.getAttribute("data-sheet") === s, sheet);
    await page.evaluate(([s, c]) => window.__sim.select(s, c), [sheet, cells.totalWeight]);
    await page.waitForFunction((c) => document.querySelector('[data-testid="mapping-selected"]')?.textContent?.endsWith(c), cells.totalWeight);
    assert.equal(await page.getAttribute(row("totalWeight"), "class"), "is-selected", "the field on the selected cell is marked");

    const refuse = async (field: string, select: string, text: string) => {
      await page.evaluate(([s, c]) => window.__sim.select(s, c), [sheet, select]);
      await page.click(`${row(field)} ${byTestId("mapping-point")}`);
      await page.waitForFunction((want) => document.querySelector('[data-testid="status-text"]')?.textContent === want, text);
    };
    await refuse("totalScore", `${cells.totalWeight}:${cells.totalScore}`, t("mapping.refuseRange", { area: `${cells.totalWeight}:${cells.totalScore}` }));
    await refuse("totalScore", cells.totalWeight, t("mapping.refuseTaken", { cell: cells.totalWeight, other: fieldLabel("totalWeight") }));
    const title = String(await page.evaluate(([s, c]) => window.__sim.cell(s, c).value, [sheet, cells.title]));
    await refuse("grade", cells.title, t("mapping.refuseGrade", { field: fieldLabel("grade"), cell: cells.title, value: title }));
    assert.deepEqual((await mappingRows(page)).filter((r) => r.overridden), [], "nothing was stored");
    assert.equal((await simState(page)).customXmlParts.length, 0);
    await assertNoProblems(pane);
  });

  it("says which findings were read from a field the user pointed", async () => {
    const pane = await browser.open(workbook(specs, { select: { sheet, address: "A1" } }));
    const { page } = pane;
    await showMapping(page);
    const target = coreProject(specs, sheet).indicators[0].weight.cell;
    await page.evaluate(([s, a]) => window.__sim.select(s, a), [sheet, target]);
    await page.click(`${row("totalScore")} ${byTestId("mapping-point")}`);
    await page.waitForSelector(`${row("totalScore")} ${byTestId("mapping-overridden")}`);
    await page.click(byTestId("tab-check"));
    await runCheck(page);
    const mapped = await page.$$eval('[data-testid="finding-mapped"]', (els) => els.map((e) => (e.closest("li")?.querySelector('[data-testid="finding"]') as HTMLElement).dataset.rule));
    assert.deepEqual(mapped, ["TOTAL_SUM"]);
    assert.equal(await page.getAttribute(byTestId("finding-mapped"), "title"), t("finding.mappedTitle", { fields: fieldLabel("totalScore") }));
    await assertNoProblems(pane);
  });
});
