import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { setMappingOverride } from "../../src/office";
import { MAPPING_NS } from "../../src/core/storedData";
import { seedWorkbook } from "../fixtures/layouts";
import { seedForm } from "../fixtures/seedForms";
import { simOf } from "../office/simHost";
import { seedSheets } from "../fixtures/layouts";
import { perfeval, tempDir, withCustomXml } from "./helpers";

describe("perfeval check with the mapping the add-in stored in the workbook", () => {
  it("reads a field from the cell the user pointed it at in Excel", async () => {
    const form = seedForm("001-01");
    // In Excel (the simulator): the user points 总分 at the 总分 row's 分值 cell (F19, holding 100).
    const sim = simOf(seedSheets([form]));
    await setMappingOverride(form.name, "totalScore", "F19");
    const parts = sim.state.customXmlParts.filter((p) => p.namespaceUri === MAPPING_NS).map((p) => p.xml);
    assert.equal(parts.length, 1);

    // The same workbook saved as xlsx carries that part; the command line must use it.
    const file = path.join(tempDir(), "mapped.xlsx");
    await seedWorkbook([form]).xlsx.writeFile(file);
    const before = JSON.parse((await perfeval(["check", file, "--format", "json"])).stdout);
    assert.equal(before.sheets[0].cells.totalScore, "G19");
    assert.ok(!before.findings.some((f: { rule: string }) => f.rule === "TOTAL_SUM"));

    await withCustomXml(file, parts);
    const after = JSON.parse((await perfeval(["check", file, "--format", "json"])).stdout);
    assert.equal(after.sheets[0].cells.totalScore, "F19");
    assert.equal(after.sheets[0].project.totalScore, 100);
    const totalSum = after.findings.filter((f: { rule: string }) => f.rule === "TOTAL_SUM");
    assert.deepEqual(totalSum.map((f: { cell: string }) => f.cell), ["F19"]);
    assert.match(totalSum[0].message, /总分应为 93\.52.*表中为 100\.00/);
  });

  it("ignores a damaged part instead of failing", async () => {
    const file = path.join(tempDir(), "damaged.xlsx");
    await seedWorkbook([seedForm("001-01")]).xlsx.writeFile(file);
    await withCustomXml(file, [`<perfevalMapping xmlns="${MAPPING_NS}">{not json</perfevalMapping>`]);
    const r = await perfeval(["check", file, "--format", "json"]);
    assert.equal(r.code, 0);
    assert.equal(JSON.parse(r.stdout).sheets[0].cells.totalScore, "G19");
  });

  it("hostile parts (__proto__, constructor, addresses beyond XFD1048576, unclosed CDATA) leave the check running", async () => {
    const file = path.join(tempDir(), "hostile.xlsx");
    const form = seedForm("001-01");
    await seedWorkbook([form]).xlsx.writeFile(file);
    const part = (json: string) => `<perfevalMapping xmlns="${MAPPING_NS}">${json}</perfevalMapping>`;
    await withCustomXml(file, [
      part(`{"version":1,"sheets":{"__proto__":{"name":"B3"},"constructor":{"grade":"B21"}}}`),
      part(`{"version":1,"sheets":{"${form.name}":{"__proto__":{"name":"C3"},"constructor":"A1","totalScore":"XFE1","grade":"A1048577","name":"ZZZ9999999"}}}`),
      part("<![CDATA[x".repeat(50_000)),
      part(`{"version":1,"sheets":{"${form.name}":{"department":"H30"}}}`),
    ]);
    const r = await perfeval(["check", file, "--format", "json"]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.equal(({} as Record<string, unknown>).name, undefined, "Object.prototype untouched");
    const report = JSON.parse(r.stdout);
    // The one good entry still applies; the bad ones are skipped alone.
    assert.equal(report.sheets[0].cells.department, "H30");
    assert.equal(report.sheets[0].cells.totalScore, "G19");
    for (const f of report.findings as { cell: string }[]) {
      const m = /^([A-Z]+)(\d+)$/.exec(f.cell)!;
      assert.ok(m && m[1].length <= 3 && (m[1].length < 3 || m[1] <= "XFD") && Number(m[2]) <= 1_048_576, f.cell);
    }
  });
});
