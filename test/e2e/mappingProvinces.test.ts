/**
 * The 映射 tab on a form of another province (四川's layout): the fields the form has at their
 * cells, those it lacks as 本表无此项 (and pointable), the indicator columns located at their
 * headers, a column pointed elsewhere and read from there; a department's form named, not read.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { readSheet } from "../../src/core/check";
import { setLocale, t } from "../../src/taskpane/i18n";
import { formSheet, specGrid } from "../fixtures/layouts";
import { seedForm } from "../fixtures/seedForms";
import { JINZHAI_DEPARTMENT } from "../fixtures/specimens";
import { assertNoProblems, byTestId, screenshot, textOf, usePaneBrowser } from "./session";
import { coreCells, workbook } from "./workbooks";

interface Row {
  field: string;
  cell: string;
  value: string;
}

function rows(page: Page, testid: string): Promise<Row[]> {
  return page.$$eval(`[data-testid="${testid}"]`, (trs) =>
    (trs as HTMLElement[]).map((r) => ({
      field: r.dataset.field ?? "",
      cell: (r.querySelector('[data-testid="mapping-cell"]')?.textContent ?? "").trim(),
      value: (r.querySelector('[data-testid="mapping-value"]')?.textContent ?? "").trim(),
    })),
  );
}

describe("task pane in Chromium: 映射 of other provinces' forms", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();
  const sichuan = formSheet(seedForm("000-01"), "sichuan", "工资性支出");
  const specs = [sichuan, JINZHAI_DEPARTMENT];
  before(() => setLocale("zh"));

  it("shows the fields the form has, those it lacks as 本表无此项, and the indicator columns it located", async () => {
    const pane = await browser.open(workbook(specs, { select: { sheet: sichuan.name, address: "A1" } }));
    const { page } = pane;
    await page.click(byTestId("tab-mapping"));
    await page.waitForSelector(byTestId("mapping-columns"));
    const read = await rows(page, "mapping-row");
    assert.deepEqual(Object.fromEntries(read.map((r) => [r.field, r.cell])), coreCells(specs, sichuan.name));
    const absent = await rows(page, "mapping-absent-row");
    assert.ok(absent.some((r) => r.field === "grade"));
    assert.ok(absent.every((r) => r.cell === "" && r.value === t("mapping.absent")));
    const columns = await rows(page, "mapping-column-row");
    const split = columns.filter((r) => r.field.startsWith("columns.target"));
    assert.deepEqual(split.map((r) => r.value), ["指标性质", "指标值", "度量单位"]);
    const reading = readSheet(specGrid(sichuan));
    assert.ok(reading.kind === "project");
    const { targetOperator, target, targetUnit } = reading.project.columns;
    assert.deepEqual(split.map((r) => r.cell), [targetOperator!.cell, target!.cell, targetUnit!.cell]);
    await screenshot(page, "20-mapping-sichuan.png");
    await assertNoProblems(pane);
  });

  it("points a column at the selected cell and reads that column from then on", async () => {
    const pane = await browser.open(workbook(specs, { select: { sheet: sichuan.name, address: "A1" } }));
    const { page } = pane;
    await page.click(byTestId("tab-mapping"));
    await page.waitForSelector(byTestId("mapping-columns"));
    // 完成值 pointed at the 指标值 column (F): the column row shows the pointed cell, marked.
    const target = sichuan.fields!["indicators.0.target"];
    await page.evaluate(([s, a]) => window.__sim.select(s, a), [sichuan.name, target]);
    const row = '[data-testid="mapping-column-row"][data-field="columns.actual"]';
    await page.click(`${row} ${byTestId("mapping-point")}`);
    await page.waitForSelector(`${row} ${byTestId("mapping-overridden")}`);
    assert.equal(await textOf(page, `${row} [data-testid="mapping-cell"]`), target);
    assert.equal(await textOf(page, byTestId("status")), t("mapping.pointed", { field: "实际完成值", cell: target }));
    await assertNoProblems(pane);
  });

  it("names a department's form instead of reading it as a project", async () => {
    const pane = await browser.open(workbook(specs, { select: { sheet: JINZHAI_DEPARTMENT.name, address: "A1" } }));
    const { page } = pane;
    await page.click(byTestId("tab-mapping"));
    await page.waitForSelector(byTestId("mapping-not-form"));
    assert.equal(await page.getAttribute(byTestId("mapping-not-form"), "data-kind"), "department");
    assert.match(await textOf(page, `${byTestId("mapping-not-form")} strong`), /部门整体支出绩效自评表/);
    await assertNoProblems(pane);
  });
});
