/**
 * The 检查 tab as a clerk's workbench, in Chromium on the simulated workbook: errors first, a
 * filter by rule, 上一条/下一条 (buttons and F8) moving Excel's selection with the current finding
 * marked, 说明 with the rule's reasons and the causes to fix first, 改为 … and 撤销修正 with the
 * whole difference checked, 只检查本表, the re-check after an edit (or 可能已过期 with the setting
 * off), and never a status that contradicts the list.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { RULES_BY_ID } from "../../src/core/rules";
import { setLocale, t } from "../../src/taskpane/i18n";
import { markFill, markedSeverities, userDiff } from "../office/simHost";
import { seedForm } from "../fixtures/seedForms";
import { ShownFinding, assertNoProblems, byTestId, runCheck, shownFindings, simState, statusText, textOf, usePaneBrowser, waitStatus } from "./session";
import { benchSpecs, coreCheck, countsOf, listOrder, workbook } from "./workbooks";

const PARK = seedForm("002-06").name;
const SERVICE = seedForm("002-01").name;
const key = (f: { sheet: string; cell: string; rule: string }) => `${f.sheet}!${f.cell} ${f.rule}`;

async function current(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="finding"][aria-current="true"]', (els) => els.map((e) => `${(e as HTMLElement).dataset.sheet}!${(e as HTMLElement).dataset.cell} ${(e as HTMLElement).dataset.rule}`));
}

/** The numbers the status line states, in order. */
const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

async function summaryCounts(page: Page) {
  const n = async (s: string) => Number(await textOf(page, `${byTestId(`summary-${s}`)} strong`));
  return { error: await n("error"), warning: await n("warning"), info: await n("info") };
}

describe("task pane in Chromium: the workbench", function () {
  this.timeout(90_000);
  const browser = usePaneBrowser();
  const specs = benchSpecs();
  const expected = coreCheck(specs);
  const order = listOrder(expected.findings);
  before(() => setLocale("zh"));

  it("lists errors first in each sheet, filters by rule, and names each finding's sheet for screen readers", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    assert.deepEqual((await shownFindings(page)).map(key), order.map(key));
    const park = (await shownFindings(page)).filter((f) => f.sheet === PARK).map((f) => f.severity);
    assert.deepEqual(park, [...park].sort((a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b)));
    assert.ok(expected.findings.findIndex((f) => f.sheet === PARK && f.severity !== "error") < expected.findings.findIndex((f) => f.sheet === PARK && f.severity === "error"), "in the report a 提示 comes first");

    const hidden = await page.$eval(`${byTestId("finding")} .visually-hidden`, (el) => el.textContent);
    assert.equal(hidden, t("finding.sheet", { sheet: order[0].sheet }));

    const options = await page.$$eval(`${byTestId("rule-filter")} option`, (els) => els.map((e) => (e as HTMLOptionElement).value));
    assert.deepEqual(new Set(options.slice(1)), new Set(expected.findings.map((f) => f.rule)));
    await page.selectOption(byTestId("rule-filter"), "EXEC_RATE");
    assert.deepEqual((await shownFindings(page)).map(key), order.filter((f) => f.rule === "EXEC_RATE").map(key));
    await page.selectOption(byTestId("rule-filter"), "");
    assert.equal((await shownFindings(page)).length, order.length);
    await assertNoProblems(pane);
  });

  it("goes through every finding with 下一条 and F8, marking the current one and selecting its cell; 上一条 and Shift+F8 go back", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    await page.focus(byTestId("nav-next"));
    for (const [i, f] of order.entries()) {
      if (i % 2) await page.keyboard.press("Enter");
      else await page.keyboard.press("F8");
      await page.waitForFunction(({ sheet, cell }) => window.__sim.selection?.sheet === sheet && window.__sim.selection?.address === cell, f);
      assert.deepEqual(await current(page), [key(f)], `step ${i + 1}`);
      assert.equal(await textOf(page, byTestId("nav-position")), t("nav.position", { at: i + 1, of: order.length }));
    }
    await page.keyboard.press("Shift+F8");
    const back = order[order.length - 2];
    await page.waitForFunction(({ sheet, cell }) => window.__sim.selection?.sheet === sheet && window.__sim.selection?.address === cell, back);
    assert.deepEqual(await current(page), [key(back)]);
    // The bar stays on screen, and the current finding is not hidden under it or its sheet's header.
    const geometry = await page.evaluate(() => {
      const bar = document.querySelector('[data-testid="check-bar"]')!.getBoundingClientRect();
      const item = document.querySelector('[aria-current="true"]')!.getBoundingClientRect();
      return { barTop: bar.top, barBottom: bar.bottom, itemTop: item.top, scrolled: window.scrollY };
    });
    assert.ok(geometry.scrolled > 0, "the list scrolled");
    assert.equal(Math.round(geometry.barTop), 0, "the bar sticks at the top");
    assert.ok(geometry.itemTop >= geometry.barBottom, JSON.stringify(geometry));
    await assertNoProblems(pane);
  });

  it("opens 说明 with the rule's description, rationale and source; 先修正 E6 takes the user to the cause", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    const rate = expected.findings.find((f) => f.sheet === SERVICE && f.rule === "EXEC_RATE")!;
    assert.ok(rate.causes?.length, "precondition: EXEC_RATE follows from FUND_SUM");
    const item = `li:has(> [data-testid="finding"][data-sheet="${SERVICE}"][data-rule="EXEC_RATE"])`;
    await page.click(`${item} ${byTestId("finding-more")}`);
    assert.equal(await page.getAttribute(`${item} ${byTestId("finding-more")}`, "aria-expanded"), "true");
    const docs = RULES_BY_ID.get("EXEC_RATE")!.meta.docs;
    const text = await textOf(page, `${item} ${byTestId("finding-detail")}`);
    for (const part of [docs.description.zh, docs.rationale.zh, docs.source.zh]) assert.ok(text.includes(part), part);
    const cause = rate.causes![0];
    assert.equal(await textOf(page, `${item} ${byTestId("finding-cause")}`), t("finding.cause", { cell: cause.cell, rule: "资金合计" }));
    await page.click(`${item} ${byTestId("finding-cause")}`);
    await page.waitForFunction((c) => window.__sim.selection?.address === c, cause.cell);
    assert.deepEqual(await current(page), [`${SERVICE}!${cause.cell} ${cause.rule}`]);
    await assertNoProblems(pane);
  });

  it("改为 changes exactly that cell's value, the list and the marks follow, and 撤销修正 gives the workbook back as it was", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    for (const [sheet, rule, shown] of [[PARK, "TOTAL_SUM", "81.27"], [SERVICE, "EXEC_RATE", "88.15%"]] as const) {
      const finding = expected.findings.find((f) => f.sheet === sheet && f.rule === rule)!;
      const item = `li:has(> [data-testid="finding"][data-sheet="${sheet}"][data-rule="${rule}"])`;
      assert.equal(await textOf(page, `${item} ${byTestId("finding-fix")}`), t("finding.fix", { value: shown }));
      const before = await simState(page);
      const list = await shownFindings(page);
      await page.click(`${item} ${byTestId("finding-fix")}`);
      await page.waitForFunction((text) => document.querySelector('[data-testid="status-text"]')?.textContent?.startsWith(text), t("fix.done", { sheet, cell: finding.cell, value: shown, before: "" }).split("（")[0]);
      const fixed = await simState(page);
      const diff = userDiff(before, fixed);
      assert.deepEqual(diff.filter((d) => !d.endsWith(" fill")), [`${sheet}!${finding.cell} value`], "one value changed, and no format");
      assert.ok(diff.every((d) => d.startsWith(`${sheet}!`)), "only that sheet's marks changed");
      assert.equal((await page.evaluate(([s, c]) => window.__sim.cell(s, c), [sheet, finding.cell])).value, finding.fix!.value);
      const now = await shownFindings(page);
      assert.ok(!now.some((f) => f.sheet === sheet && f.rule === rule), "the fixed finding is gone");
      assert.deepEqual(now.filter((f) => f.sheet !== sheet).map(key), list.filter((f) => f.sheet !== sheet).map(key), "the other sheets' findings as they were");
      assert.equal(await page.locator(byTestId("fix-item")).count(), 1);

      await page.click(byTestId("fix-undo"));
      await waitStatus(page, t("fix.undone", { cell: finding.cell, before: shown === "81.27" ? "85.27" : "80.00%" }));
      assert.deepEqual(userDiff(before, await simState(page)), [], "values, formats and fills as before the fix");
      assert.deepEqual((await shownFindings(page)).map(key), list.map(key));
      assert.equal(await page.locator(byTestId("fix-item")).count(), 0);
    }
    await assertNoProblems(pane);
  });

  it("re-checks a sheet by itself after the user edits it, and never for its own writes", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    const total = expected.findings.find((f) => f.sheet === PARK && f.rule === "TOTAL_SUM")!;
    await page.evaluate(([s, c]) => window.__sim.setValue(s, c, 81.27), [PARK, total.cell]);
    await page.waitForFunction((s) => document.querySelector('[data-testid="status-text"]')?.textContent?.startsWith(s), t("check.recheckDone", { sheets: PARK, errors: 0, warnings: 0, infos: 0 }).split("，")[0]);
    assert.ok(!(await shownFindings(page)).some((f) => f.rule === "TOTAL_SUM" && f.sheet === PARK));
    const counts = await summaryCounts(page);
    assert.deepEqual(numbersIn(await statusText(page)), [counts.error, counts.warning, counts.info], "the status says what the list counts");
    assert.equal(await page.locator(byTestId("stale-badge")).count(), 0);
    // A fix is the add-in's own write: once it is re-checked nothing is stale, and no second re-check comes.
    const syncs = await page.evaluate(() => window.__sim.syncCount);
    await page.click(`li:has(> [data-testid="finding"][data-sheet="${SERVICE}"][data-rule="EXEC_RATE"]) ${byTestId("finding-fix")}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="status-text"]')?.textContent?.startsWith("已把"));
    const afterFix = await page.evaluate(() => window.__sim.syncCount);
    await page.waitForTimeout(2000);
    assert.equal(await page.evaluate(() => window.__sim.syncCount), afterFix, `no re-check after the fix's own echo (${afterFix - syncs} syncs for the fix)`);
    assert.equal(await page.locator(byTestId("stale-banner")).isVisible(), false);
    await assertNoProblems(pane);
  });

  it("with the re-check turned off, marks an edited sheet 可能已过期 with one click to re-check it", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await page.click(byTestId("tab-settings"));
    await page.uncheck(byTestId("setting-auto-recheck"));
    await page.click(byTestId("tab-check"));
    await runCheck(page);
    const total = expected.findings.find((f) => f.sheet === PARK && f.rule === "TOTAL_SUM")!;
    const status = await statusText(page);
    await page.evaluate(([s, c]) => window.__sim.setValue(s, c, 81.27), [PARK, total.cell]);
    await page.waitForSelector(`[data-testid="sheet-group"][data-sheet="${PARK}"] ${byTestId("stale-badge")}`);
    assert.equal(await textOf(page, byTestId("stale-banner")), `${t("stale.banner", { count: 1 })}${t("stale.recheckAll")}`);
    assert.ok((await shownFindings(page)).some((f) => f.rule === "TOTAL_SUM" && f.sheet === PARK), "not re-checked: still listed, as stale");
    assert.equal(await statusText(page), status, "nothing was re-checked behind the user's back");
    await page.click(`[data-testid="sheet-group"][data-sheet="${PARK}"] ${byTestId("stale-recheck")}`);
    await page.waitForSelector(byTestId("stale-badge"), { state: "detached" });
    assert.equal(await page.locator(byTestId("stale-banner")).isVisible(), false);
    assert.ok(!(await shownFindings(page)).some((f) => f.rule === "TOTAL_SUM" && f.sheet === PARK));
    await assertNoProblems(pane);
  });

  it("只检查本表 re-checks and re-paints the active sheet only", async () => {
    const pane = await browser.open(workbook(specs, { select: { sheet: PARK, address: "A1" } }));
    const { page } = pane;
    await page.click(byTestId("tab-settings"));
    await page.uncheck(byTestId("setting-auto-recheck"));
    await page.click(byTestId("tab-check"));
    await runCheck(page);
    const before = await simState(page);
    const list = await shownFindings(page);
    const total = expected.findings.find((f) => f.sheet === PARK && f.rule === "TOTAL_SUM")!;
    // Edits on two sheets; only the active one is checked again.
    await page.evaluate(([s, c]) => window.__sim.setValue(s, c, 81.27), [PARK, total.cell]);
    const rate = expected.findings.find((f) => f.sheet === SERVICE && f.rule === "EXEC_RATE")!;
    await page.evaluate(([s, c]) => window.__sim.setValue(s, c, 0.8815), [SERVICE, rate.cell]);
    await page.evaluate((s) => window.__sim.select(s, "A1"), PARK);
    await page.click(byTestId("check-recheck"));
    await page.waitForFunction((s) => document.querySelector('[data-testid="status-text"]')?.textContent?.startsWith(s), t("check.recheckDone", { sheets: PARK, errors: 0, warnings: 0, infos: 0 }).split("，")[0]);
    const now = await shownFindings(page);
    assert.ok(!now.some((f) => f.sheet === PARK && f.rule === "TOTAL_SUM"));
    assert.deepEqual(now.filter((f) => f.sheet !== PARK).map(key), list.filter((f) => f.sheet !== PARK).map(key), "the other sheets' entries as they were");
    const diff = userDiff(before, await simState(page)).filter((d) => d.endsWith(" fill"));
    assert.deepEqual(diff, [`${PARK}!${total.cell} fill`], "only the re-checked sheet's marks changed");
    assert.equal(await page.locator(`[data-testid="sheet-group"][data-sheet="${SERVICE}"] ${byTestId("stale-badge")}`).count(), 1, "the other edited sheet is still marked stale");
    await assertNoProblems(pane);
  });

  it("marks each severity with its own pattern, not by colour alone", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    const state = await simState(page);
    for (const [cellKey, severity] of markedSeverities(expected.findings)) {
      const [sheet, cell] = cellKey.split("!");
      assert.deepEqual(state.sheets.find((s) => s.name === sheet)!.cells[cell].fill, markFill(severity), cellKey);
    }
    await assertNoProblems(pane);
  });

  it("keeps the status in step with the list: full check, filters, a workbook without forms", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    const counts = countsOf(expected.findings);
    assert.deepEqual(await summaryCounts(page), counts);
    assert.deepEqual(numbersIn(await statusText(page)), [counts.error, counts.warning, counts.info]);
    await page.click(byTestId("filter-info"));
    const shown: ShownFinding[] = await shownFindings(page);
    assert.equal(await textOf(page, byTestId("check-shown")), t("check.shown", { shown: shown.length, total: expected.findings.length }));
    assert.deepEqual(await summaryCounts(page), counts, "the filter changes the list, not the counts");

    const forms = new Set(expected.sheets.filter((x) => x.kind === "project").map((x) => x.name));
    const empty = await browser.open(workbook(specs.filter((x) => !forms.has(x.name))));
    await runCheck(empty.page);
    assert.equal(await statusText(empty.page), t("check.doneNoProjects"));
    assert.equal(await textOf(empty.page, `${byTestId("summary-projects")} strong`), "0");
    await empty.page.waitForSelector(byTestId("check-no-projects"));
    await assertNoProblems(pane);
    await assertNoProblems(empty);
  });

  it("names the protected sheets it read but could not mark, and why", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await page.evaluate((s) => (window.__sim.sheet(s).protected = true), PARK);
    await runCheck(page);
    assert.equal(await textOf(page, byTestId("notice-protected")), t("notice.protected", { sheets: `“${PARK}”` }));
    assert.ok((await shownFindings(page)).some((f) => f.sheet === PARK), "its findings are listed");
    const state = await simState(page);
    assert.ok(Object.values(state.sheets.find((s) => s.name === PARK)!.cells).every((c) => !c.fill), "and nothing on it is painted");
    // A fix on it is refused whole, in Chinese, with what to do.
    await page.click(`li:has(> [data-testid="finding"][data-sheet="${PARK}"][data-rule="TOTAL_SUM"]) ${byTestId("finding-fix")}`);
    await waitStatus(page, t("status.error", { message: t("error.protected", { sheet: PARK }) }));
    await assertNoProblems(pane);
  });

  it("says a host error in Chinese with what to do, Excel's own words under 详细信息", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await page.evaluate(() => {
      window.__sim.failingSyncError = { code: "GeneralException", message: "The request failed with status code of 500" };
      window.__sim.failingSyncs.add(window.__sim.syncCount + 1);
    });
    await page.click(byTestId("check-run"));
    await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.getAttribute("data-kind") === "error");
    assert.equal(await statusText(page), t("status.error", { message: t("error.server", { status: "500" }) }));
    assert.doesNotMatch((await statusText(page)).replace(/Excel/g, ""), /[A-Za-z]{2,}/, "no English in the line itself");
    await page.click(`${byTestId("status-detail")} summary`);
    assert.match(await textOf(page, `${byTestId("status-detail")} code`), /GeneralException: The request failed with status code of 500/);
    await assertNoProblems(pane);
  });
});

