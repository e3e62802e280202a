/**
 * The 导出 tab in Chromium on the three platforms the simulator plays: a download where there
 * is one, else what works there, never a button that silently does nothing (Excel for Mac
 * ignores downloads: office-js#2700, #3385; Excel on the web may not hand out the file: #5297).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import type { Page } from "playwright-core";
import { RESULTS_SHEET } from "../../src/core/findingsList";
import { setLocale, t } from "../../src/taskpane/i18n";
import { reportJson } from "../../src/taskpane/exportModel";
import { SimWorkbook } from "../sim/excel";
import { assertNoProblems, byTestId, runCheck, screenshot, simState, textOf, usePaneBrowser } from "./session";
import { coreCheck, e2eSpecs, workbook } from "./workbooks";

const WORKBOOK = "Book1.xlsx"; // the simulator's Office.context.document.url ends so

async function openExportTab(page: Page): Promise<void> {
  await runCheck(page);
  await page.click(byTestId("tab-export"));
  await page.waitForSelector(`${byTestId("export-report")}:not([disabled])`);
}

/** Clicks and returns the download it starts (its file name and text). */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 15000 }), page.click(byTestId(button))]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

describe("task pane in Chromium: 导出 on web, Windows and Mac", function () {
  this.timeout(90_000);
  const browser = usePaneBrowser();
  const specs = e2eSpecs();
  const expected = coreCheck(specs);
  before(() => setLocale("zh"));

  it("on Mac shows the report to copy and keeps 检查结果 in the workbook, with what to do, and starts no download", async () => {
    const pane = await browser.open(workbook(specs, { profile: "mac" }));
    const { page } = pane;
    await openExportTab(page);

    await page.click(byTestId("export-report"));
    await page.waitForSelector(`${byTestId("export-text")}:not([hidden])`);
    const text = await page.$eval(byTestId("export-text-area"), (el) => (el as HTMLTextAreaElement).value);
    assert.equal(text, reportJson(WORKBOOK, expected));
    assert.equal(await textOf(page, byTestId("export-text-intro")), t("export.textIntro", { file: "Book1.report.json" }));
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "export-text-area", "the text is focused to copy");

    await page.click(byTestId("export-copy"));
    await page.waitForSelector(`${byTestId("export-notice")}:not([hidden])`);
    const notice = await textOf(page, byTestId("export-notice"));
    assert.equal(notice, t("export.sheetKept.noDownload", { sheet: RESULTS_SHEET, file: "Book1.checked.xlsx", saveHow: t("export.saveHow.desktop"), detail: "" }));
    assert.equal((await simState(page)).sheets[0].name, RESULTS_SHEET);
    assert.deepEqual(await page.evaluate(() => window.__ignoredDownloads), [], "no click that the Mac would ignore");
    await screenshot(page, "07-export-mac.png");
    await assertNoProblems(pane);
  });

  it("on the web downloads the report, and keeps 检查结果 for 下载副本 where the file cannot be had", async () => {
    const pane = await browser.open(workbook(specs, { profile: "web" }));
    const { page } = pane;
    await openExportTab(page);
    const report = await download(page, "export-report");
    assert.equal(report.name, "Book1.report.json");
    assert.equal(report.bytes.toString("utf8"), reportJson(WORKBOOK, expected));

    await page.click(byTestId("export-copy"));
    await page.waitForSelector(`${byTestId("export-notice")}:not([hidden])`);
    assert.match(await textOf(page, byTestId("export-notice")), /下载副本/);
    assert.equal((await simState(page)).sheets[0].name, RESULTS_SHEET);
    await assertNoProblems(pane);
  });

  it("on Windows downloads the checked copy with 检查结果 first, and leaves no such sheet in the workbook", async () => {
    const pane = await browser.open(workbook(specs, { profile: "windows" }));
    const { page } = pane;
    await openExportTab(page);
    const copy = await download(page, "export-copy");
    assert.equal(copy.name, "Book1.checked.xlsx");
    const file = SimWorkbook.fromBytes(new Uint8Array(copy.bytes));
    assert.equal(file.state.sheets[0].name, RESULTS_SHEET);
    assert.ok(!(await simState(page)).sheets.some((s) => s.name === RESULTS_SHEET));
    await page.waitForFunction((text) => document.querySelector('[data-testid="status"]')?.textContent === text, t("export.saved", { file: "Book1.checked.xlsx" }));
    await assertNoProblems(pane);
  });
});
