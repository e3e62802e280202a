/**
 * A department's workbook of 120 forms (the seed forms over and over, in the three layouts: the
 * repeats are DUPLICATE_PROJECT warnings), gone through in Chromium with 下一条 alone, from the
 * keyboard: every finding is reached once, in the list's order — errors first within each sheet —
 * and each time Excel's selection is on its cell and the list marks it current.
 */
import { strict as assert } from "assert";
import { LAYOUTS, seedSheets } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";
import { setLocale, t } from "../../src/taskpane/i18n";
import { assertNoProblems, byTestId, runCheck, screenshot, textOf, usePaneBrowser } from "./session";
import { coreCheck, countsOf, listOrder, workbook } from "./workbooks";

describe("task pane in Chromium: 120 sheets with 下一条 only", function () {
  this.timeout(600_000);
  const browser = usePaneBrowser();
  const forms = Array.from({ length: 120 }, (_, i) => seedForms()[i % seedForms().length]);
  const specs = seedSheets(forms, { layout: (_f, i) => LAYOUTS[i % LAYOUTS.length] });
  const expected = coreCheck(specs);
  const order = listOrder(expected.findings);
  before(() => setLocale("zh"));

  it("reaches every finding once, in order, with Excel's selection on its cell", async () => {
    assert.equal(specs.length, 120);
    const counts = countsOf(expected.findings);
    assert.ok(counts.error > 0 && counts.warning > 100 && counts.info > 100, JSON.stringify(counts));
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    assert.equal(await page.locator(byTestId("finding")).count(), order.length);
    // Tab to 下一条 from 检查工作簿, then only Enter.
    await page.focus(byTestId("check-run"));
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "nav-next")) break;
    }
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-testid")), "nav-next");
    const reached: string[] = [];
    for (const [i, f] of order.entries()) {
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        ({ sheet, cell, rule }) => {
          const current = document.querySelector<HTMLElement>('[data-testid="finding"][aria-current="true"]');
          return window.__sim.selection?.sheet === sheet && window.__sim.selection?.address === cell && current?.dataset.sheet === sheet && current.dataset.cell === cell && current.dataset.rule === rule;
        },
        { sheet: f.sheet, cell: f.cell, rule: f.rule },
      );
      reached.push(`${f.sheet}!${f.cell} ${f.rule}`);
      if (i === 150) await screenshot(page, "120-sheets-next.png");
    }
    assert.equal(new Set(reached).size, order.length, "each finding once");
    assert.equal(await textOf(page, byTestId("nav-position")), t("nav.position", { at: order.length, of: order.length }));
    await page.keyboard.press("Enter");
    assert.equal(await textOf(page, byTestId("nav-position")), t("nav.position", { at: order.length, of: order.length }), "下一条 stops at the last");
    process.stdout.write(`      ${specs.length} sheets, ${order.length} findings (错误 ${counts.error}, 警告 ${counts.warning}, 提示 ${counts.info}) gone through with 下一条\n`);
    await assertNoProblems(pane);
  });
});
