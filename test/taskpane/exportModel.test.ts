import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { checkedCopyFileName, reportFileName, reportJson, workbookFileName } from "../../src/taskpane/exportModel";
import { seedSheets, specGrid } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";

describe("export model of the 导出 tab", () => {
  it("takes the workbook name from Office's document URL", () => {
    assert.equal(workbookFileName("https://contoso.sharepoint.com/sites/x/Shared%20Documents/%E9%A1%B9%E7%9B%AE-2024.xlsx?web=1"), "项目-2024.xlsx");
    assert.equal(workbookFileName("C:\\Users\\me\\Documents\\projects-2024.xlsx"), "projects-2024.xlsx");
    assert.equal(workbookFileName("/Users/me/自评 100%.xlsx"), "自评 100%.xlsx");
  });

  it("falls back to workbook.xlsx when Office does not know the file", () => {
    assert.equal(workbookFileName(undefined), "workbook.xlsx");
    assert.equal(workbookFileName(""), "workbook.xlsx");
    assert.equal(workbookFileName("https://host/folder/"), "workbook.xlsx");
  });

  it("names the report and the checked copy after the workbook", () => {
    assert.equal(reportFileName("projects-2024.xlsx"), "projects-2024.report.json");
    assert.equal(checkedCopyFileName("projects-2024.xlsx"), "projects-2024.checked.xlsx");
    assert.equal(reportFileName("old.XLS"), "old.report.json");
    assert.equal(checkedCopyFileName(".xlsx"), "workbook.checked.xlsx");
  });

  it("writes the report of report-json.md for the last result", () => {
    const result = checkGrids(seedSheets(seedForms().slice(0, 3), { others: true }).map(specGrid));
    const report = JSON.parse(reportJson("projects-2024.xlsx", result));
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.file, "projects-2024.xlsx");
    assert.equal(report.sheets.length, result.sheets.length);
    assert.equal(report.summary.projects, 3);
    assert.deepEqual(report.findings, JSON.parse(JSON.stringify(result.findings)));
  });
});
