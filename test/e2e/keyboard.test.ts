/**
 * The check flow with the keyboard alone (Tab, Shift+Tab, arrows, Enter, Space), every control
 * reached having an accessible name (as Chromium's accessibility tree computes it) and a visible
 * focus indicator; and Chinese set in a CJK font.
 */
import { strict as assert } from "assert";
import type { CDPSession, Page } from "playwright-core";
import { setLocale } from "../../src/taskpane/i18n";
import { assertNoProblems, byTestId, screenshot, simSelection, usePaneBrowser } from "./session";
import { coreCheck, countsOf, e2eSpecs, listOrder, workbook } from "./workbooks";

interface Focused {
  testid: string;
  tag: string;
  role: string;
  name: string;
  focusVisible: boolean;
  indicator: string;
}

/** The focused element: Chromium's accessible role and name, and how its focus shows. */
async function focused(page: Page, cdp: CDPSession): Promise<Focused> {
  const { result } = await cdp.send("Runtime.evaluate", { expression: "document.activeElement" });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { objectId: result.objectId, fetchRelatives: false });
  const ax = nodes[0];
  const dom = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : "";
    const shadow = style.boxShadow !== "none" ? `box-shadow ${style.boxShadow}` : "";
    return { testid: el.dataset.testid ?? "", tag: el.tagName.toLowerCase(), focusVisible: el.matches(":focus-visible"), indicator: outline || shadow };
  });
  return { ...dom, role: String(ax?.role?.value ?? ""), name: String(ax?.name?.value ?? "").trim() };
}

describe("task pane in Chromium: keyboard and accessibility", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();
  const specs = e2eSpecs();
  const expected = coreCheck(specs);
  before(() => setLocale("zh"));

  it("runs the check and selects a finding's cell with the keyboard alone, every stop named and visibly focused", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    const cdp = await page.context().newCDPSession(page);
    const stops: Focused[] = [];
    const press = async (key: string): Promise<Focused> => {
      await page.keyboard.press(key);
      const f = await focused(page, cdp);
      stops.push(f);
      return f;
    };

    // Into the tab list: the selected tab (检查) is the one tab stop; arrows move between tabs.
    let f = await press("Tab");
    assert.equal(f.testid, "tab-check");
    f = await press("ArrowLeft");
    assert.equal(f.testid, "tab-mapping");
    assert.equal(await page.isVisible(byTestId("panel-mapping")), true, "← selects 映射");
    f = await press("ArrowRight");
    assert.equal(f.testid, "tab-check");
    assert.equal(await page.getAttribute(byTestId("tab-check"), "aria-selected"), "true");
    assert.equal(await page.isVisible(byTestId("panel-check")), true);

    // Tab to 检查工作簿 and run it with Enter.
    for (let i = 0; i < 5 && f.testid !== "check-run"; i++) f = await press("Tab");
    assert.equal(f.testid, "check-run");
    await page.keyboard.press("Enter");
    await page.waitForSelector(byTestId("check-summary"));
    await page.waitForSelector(`${byTestId("check-run")}:not([disabled])`);
    f = await focused(page, cdp);
    assert.equal(f.testid, "check-run", "focus stays on the button after the check");

    // On to the findings, toggling the 警告 filter with Space on the way.
    let toggled = false;
    for (let i = 0; i < 20 && f.testid !== "finding"; i++) {
      f = await press("Tab");
      if (f.testid === "filter-warning" && !toggled) {
        toggled = true;
        await page.keyboard.press("Space");
        assert.equal(await page.isChecked(byTestId("filter-warning")), false);
        assert.equal(await page.locator(`${byTestId("finding")}[data-severity="warning"]`).count(), 0, "warnings hidden");
        await page.keyboard.press("Space");
        assert.equal(await page.locator(`${byTestId("finding")}[data-severity="warning"]`).count(), countsOf(expected.findings).warning);
      }
    }
    assert.ok(toggled, "the severity filter is on the way");
    assert.equal(f.testid, "finding", `a finding is reached (stops: ${stops.map((s) => s.testid || s.tag).join(" → ")})`);

    // Shift+Tab leaves the list backwards (to its sheet's heading), Tab comes back.
    const first = f;
    f = await press("Shift+Tab");
    assert.notEqual(f.testid, "finding");
    f = await press("Tab");
    assert.equal(f.name, first.name);

    // ↓ to the next finding, Enter selects its cell in Excel.
    f = await press("ArrowDown");
    assert.equal(f.testid, "finding");
    assert.notEqual(f.name, first.name);
    const target = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { sheet: el.dataset.sheet ?? "", cell: el.dataset.cell ?? "" };
    });
    assert.equal(target.sheet, listOrder(expected.findings)[1].sheet);
    assert.equal(target.cell, listOrder(expected.findings)[1].cell);
    await page.keyboard.press("Enter");
    await page.waitForFunction(({ sheet, cell }) => window.__sim.selection?.sheet === sheet && window.__sim.selection?.address === cell, target);
    assert.deepEqual(await simSelection(page), { sheet: target.sheet, address: target.cell });
    await screenshot(page, "07-keyboard.png");

    for (const s of stops) {
      const what = `${s.testid || s.tag} (${s.role})`;
      assert.ok(s.name.length > 0, `${what} has an accessible name`);
      assert.ok(!/[▸▾·]/.test(s.name), `${what}: decorative markers are not read out (${s.name})`);
      assert.ok(s.focusVisible, `${what} matches :focus-visible`);
      assert.ok(s.indicator, `${what} shows its focus`);
    }
    await assertNoProblems(pane);
  });

  it("sets Chinese in a CJK font stack, rendered with a CJK font", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.match(family, /Microsoft YaHei|PingFang SC|Noto Sans CJK SC|Source Han Sans SC/, family);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: byTestId("app-title") });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    assert.ok(fonts.some((x) => /CJK|YaHei|PingFang|Han Sans/i.test(x.familyName)), `the title's glyphs come from ${fonts.map((x) => x.familyName).join(", ")} (Debian: fonts-noto-cjk)`);
    await assertNoProblems(pane);
  });
});
