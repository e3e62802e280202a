/** Files the reader leaves to LibreOffice: converted in a temporary folder, then read as xlsx. */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { UnreadableFileError, openWorkbook } from "../../src/node/readWorkbook";
import { tempDir } from "../cli/helpers";

describe("conversions through LibreOffice", () => {
  const dir = tempDir();
  const web = path.join(dir, "导出.xls");
  before(() => {
    // What some finance systems export under .xls: an HTML table.
    fs.writeFileSync(web, '<html><head><meta charset="utf-8"></head><body><table><tr><td>项目名称</td><td>信息化运维</td></tr><tr><td>预算</td><td>48.3</td></tr></table></body></html>');
  });

  it("reads an HTML table saved as .xls, and leaves no temporary file behind", () => {
    const before = fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith("perfeval-convert-")).length;
    const workbook = openWorkbook(web);
    assert.equal(workbook.converted, true);
    assert.deepEqual(workbook.grid(workbook.sheets[0]).values, [["项目名称", "信息化运维"], ["预算", 48.3]]);
    const xlsx = workbook.xlsx as string;
    workbook.close();
    assert.ok(!fs.existsSync(xlsx), "the converted copy is removed");
    assert.ok(fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith("perfeval-convert-")).length <= before + 1, "one folder per thread at most");
  });

  it("names the Debian package to install when there is no soffice", () => {
    assert.throws(() => openWorkbook(web, { soffice: "" }), (e: Error) => e instanceof UnreadableFileError && /需要 LibreOffice.*apt-get install libreoffice-calc-nogui/.test(e.message));
  });
});
