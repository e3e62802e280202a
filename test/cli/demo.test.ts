import { strict as assert } from "assert";
import * as path from "path";
import { toReport } from "../../src/core/report";
import { checkFile } from "../../src/node/checkFile";
import { EXAMPLE, makeExample } from "../../scripts/makeExample";
import { packageRoot } from "../fixtures/seedForms";
import { perfevalBin, tempDir } from "./helpers";

describe("the bundled example (npm run demo)", () => {
  const bundled = path.join(packageRoot(), EXAMPLE);

  it("is what the seed data generates today", async () => {
    const fresh = await makeExample(path.join(tempDir(), "example.xlsx"));
    const [a, b] = await Promise.all([checkFile(bundled), checkFile(fresh)]);
    assert.deepEqual(toReport("x", a.result), toReport("x", b.result));
  });

  it("holds 13 forms of 2023 in three layouts, with real errors and warnings to show", async () => {
    const { result } = await checkFile(bundled);
    const report = toReport(path.basename(bundled), result);
    assert.equal(report.summary.projects, 13);
    assert.deepEqual(report.sheets.filter((s) => s.kind === "other").map((s) => s.name), ["封面", "填表说明", "Sheet3"]);
    assert.deepEqual(
      report.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet} ${f.rule}`),
      ["未来公园展厅运营项目 WEIGHT_SUM", "未来公园展厅运营项目 TOTAL_SUM"],
    );
  });

  it("runs as npm run demo does: prints the findings and writes the checked copy", () => {
    const out = path.join(tempDir(), "checked.xlsx");
    const r = perfevalBin(["check", bundled, "--out", out]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /共 13 个项目：2 个错误/);
    assert.match(r.stdout, /已写入标记副本/);
  });
});
