/**
 * The 设置 tab in Chromium, with the keyboard alone: turn a rule off and change an option, save
 * into the workbook (urn:perfeval:config:1), and the next check follows it — exactly as the core
 * checks with that configuration. A configuration stored badly is refused in one line, by the
 * check and by the view, which can restore the defaults. English in an English Office.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { ConfigDocument, resolveConfig } from "../../src/core/config";
import { CONFIG_NS } from "../../src/core/config/stored";
import { jsonPartXml } from "../../src/core/storedData";
import { MESSAGES, setLocale } from "../../src/taskpane/i18n";
import { assertNoProblems, byTestId, runCheck, screenshot, shownFindings, simState, textOf, usePaneBrowser } from "./session";
import { coreCheck, e2eSpecs, listOrder, workbook } from "./workbooks";

const focusedTestId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? "");

/** Presses Tab until the control with `testid` has focus (at most `limit` times). */
async function tabTo(page: Page, testid: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedTestId(page)) === testid) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${testid}`);
}

/** The 设置 tab by the keyboard: into the tab list, → until 设置, and its content loaded. */
async function openSettings(page: Page): Promise<void> {
  await tabTo(page, "tab-check");
  for (let i = 0; i < 4 && (await focusedTestId(page)) !== "tab-settings"; i++) await page.keyboard.press("ArrowRight");
  assert.equal(await focusedTestId(page), "tab-settings");
  await page.waitForSelector(byTestId("settings-save"));
}

const CONFIG: ConfigDocument = { rules: { UNIT_MISSING: "off", LOW_EXEC_FULL_MARKS: ["info", { below: 10 }] } };

describe("task pane in Chromium: the 设置 tab", function () {
  this.timeout(90_000);
  const browser = usePaneBrowser();
  const specs = e2eSpecs();
  before(() => setLocale("zh"));

  it("turns a rule off and changes an option with the keyboard, saves into the workbook, and the next check follows it", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    const before = await shownFindings(page);
    assert.ok(before.some((f) => f.rule === "UNIT_MISSING"), "003 has ≥90(null) targets");
    assert.ok(before.some((f) => f.rule === "LOW_EXEC_FULL_MARKS"), "002-05 executes 14.79 %");

    await openSettings(page);
    assert.equal(await page.isVisible(byTestId("panel-settings")), true);
    // UNIT_MISSING's level: Tab to its select, then ↓ to 关闭 (the last choice).
    await tabTo(page, "level-UNIT_MISSING");
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    assert.equal(await page.$eval(byTestId("level-UNIT_MISSING"), (el) => (el as HTMLSelectElement).value), "off");
    // LOW_EXEC_FULL_MARKS's threshold: Tab to its field and type 10.
    await tabTo(page, "option-LOW_EXEC_FULL_MARKS-below");
    await page.keyboard.type("10");
    await tabTo(page, "settings-save");
    await screenshot(page, "settings.png");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.includes("已保存设置"));

    // The workbook holds exactly that configuration, in its own part.
    const parts = (await simState(page)).customXmlParts.filter((p) => p.namespaceUri === CONFIG_NS);
    assert.equal(parts.length, 1);
    assert.match(parts[0].xml, /^<perfevalConfig xmlns="urn:perfeval:config:1">/);
    assert.deepEqual(JSON.parse(parts[0].xml.replace(/^<[^>]+>|<\/[^>]+>$/g, "").replace(/&quot;/g, '"')), CONFIG);

    await page.click(byTestId("tab-check"));
    await runCheck(page);
    const after = await shownFindings(page);
    assert.ok(!after.some((f) => f.rule === "UNIT_MISSING" || f.rule === "LOW_EXEC_FULL_MARKS"));
    const expected = coreCheck(specs, {}, { config: resolveConfig([CONFIG]) }).findings;
    assert.deepEqual(after.map((f) => `${f.sheet}!${f.cell} ${f.rule}`), listOrder(expected).map((f) => `${f.sheet}!${f.cell} ${f.rule}`));

    // Opened again, the tab shows what the workbook holds.
    await page.click(byTestId("tab-settings"));
    await page.waitForSelector(byTestId("settings-save"));
    assert.equal(await page.$eval(byTestId("level-UNIT_MISSING"), (el) => (el as HTMLSelectElement).value), "off");
    assert.equal(await page.$eval(byTestId("option-LOW_EXEC_FULL_MARKS-below"), (el) => (el as HTMLInputElement).value), "10");
    await assertNoProblems(pane);
  });

  it("refuses a bad value in one line and saves nothing", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await page.click(byTestId("tab-settings"));
    await page.waitForSelector(byTestId("settings-save"));
    await page.fill(byTestId("option-LOW_EXEC_FULL_MARKS-below"), "120");
    await page.click(byTestId("settings-save"));
    await page.waitForSelector(`${byTestId("status")}[data-kind="error"]`);
    assert.equal(await textOf(page, byTestId("status")), "出错：规则 LOW_EXEC_FULL_MARKS 的选项 below 不能大于 100");
    assert.deepEqual((await simState(page)).customXmlParts.filter((p) => p.namespaceUri === CONFIG_NS), []);
    await assertNoProblems(pane);
  });

  it("says why a configuration stored badly cannot be used, in the check and the tab, and restores the defaults", async () => {
    const bad = jsonPartXml("perfevalConfig", CONFIG_NS, { rules: { NO_SUCH_RULE: "off" } });
    const pane = await browser.open(workbook(specs, { parts: [{ namespace: CONFIG_NS, xml: bad }] }));
    const { page } = pane;
    await page.click(byTestId("check-run"));
    await page.waitForSelector(`${byTestId("status")}[data-kind="error"]`);
    assert.match(await textOf(page, byTestId("status")), /^出错：工作簿中保存的配置无效：未知的规则“NO_SUCH_RULE”/);

    await page.click(byTestId("tab-settings"));
    await page.waitForSelector(byTestId("settings-invalid"));
    assert.match(await textOf(page, byTestId("settings-invalid")), /未知的规则“NO_SUCH_RULE”/);
    await page.click(byTestId("settings-reset"));
    await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.includes("已恢复默认设置"));
    assert.deepEqual((await simState(page)).customXmlParts.filter((p) => p.namespaceUri === CONFIG_NS), []);
    await page.click(byTestId("tab-check"));
    await runCheck(page);
    assert.equal((await shownFindings(page)).length, coreCheck(specs).findings.length);
    // The check's error was expected; nothing else went wrong on the page.
    await assertNoProblems(pane);
  });

  it("speaks English in an English Office: the tab, the rules, and the findings' messages", async () => {
    const pane = await browser.open(workbook(specs, { language: "en-US" }));
    const { page } = pane;
    assert.equal(await textOf(page, byTestId("tab-settings")), MESSAGES.en["tab.settings"]);
    await runCheck(page);
    const findings = await shownFindings(page);
    const expected = coreCheck(specs, {}, { lang: "en" }).findings;
    assert.deepEqual(findings.map((f) => f.message), listOrder(expected).map((f) => f.message));
    assert.ok(findings.some((f) => f.message.startsWith("The weights should add up to 96.00")), findings.map((f) => f.message).join("\n"));
    await page.click(byTestId("tab-settings"));
    await page.waitForSelector(byTestId("settings-save"));
    assert.equal(await textOf(page, byTestId("settings-save")), MESSAGES.en["settings.save"]);
    assert.match(await textOf(page, '[data-rule="EXEC_RATE"] .rule-name'), /^Execution rate$/);
    await assertNoProblems(pane);
  });
});
