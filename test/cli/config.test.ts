/**
 * The command line's configuration: --config FILE, perfeval.config.json in the working folder,
 * and the workbook's urn:perfeval:config:1 part as the add-in's 设置 view writes it; a bad one is
 * refused in one line with exit 2. Also the report in English (--lang en).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { CONFIG_NS } from "../../src/core/config";
import { saveConfig } from "../../src/host/config";
import { officeHost } from "../../src/host/office";
import { seedSheets, seedWorkbook } from "../fixtures/layouts";
import { seedForm, seedForms } from "../fixtures/seedForms";
import { simOf } from "../office/simHost";
import { perfeval, perfevalBin, tempDir, withCustomXml } from "./helpers";

const dir = tempDir();
// 002: 未来公园展厅运营项目 (WEIGHT_SUM, TOTAL_SUM, QUANT_PROPORTION ×2), 缴纳残疾人就业保障金 (14.79 %, LOW_EXEC_FULL_MARKS).
let workbook: string;
before(async () => {
  workbook = path.join(dir, "002.xlsx");
  await seedWorkbook(seedForms().filter((f) => f.id.startsWith("002-"))).xlsx.writeFile(workbook);
});

function writeJson(name: string, value: unknown, folder = dir): string {
  const file = path.join(folder, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

async function report(args: string[], options: { cwd?: string } = {}) {
  const r = await perfeval(["check", workbook, "--format", "json", ...args], options);
  assert.equal(r.stderr, "");
  return JSON.parse(r.stdout) as { findings: { rule: string; severity: string; cell: string; message: string; data?: Record<string, unknown> }[] };
}
const rulesOf = (r: Awaited<ReturnType<typeof report>>, rule: string) => r.findings.filter((f) => f.rule === rule);

describe("perfeval check --config", () => {
  it("turns a rule off, changes a severity and an option", async () => {
    const plain = await report([]);
    assert.equal(rulesOf(plain, "QUANT_PROPORTION").length, 2);
    assert.deepEqual(rulesOf(plain, "LOW_EXEC_FULL_MARKS").map((f) => f.severity), ["info"]);

    const config = writeJson("config.json", {
      rules: { QUANT_PROPORTION: "off", LOW_EXEC_FULL_MARKS: ["warning", { below: 10 }], OVER_TARGET_FULL_SCORE: ["info", { ratio: 3 }] },
    });
    const configured = await report(["--config", config]);
    assert.deepEqual(rulesOf(configured, "QUANT_PROPORTION"), []);
    assert.deepEqual(rulesOf(configured, "LOW_EXEC_FULL_MARKS"), [], "14.79 % is not below 10 %");
    assert.ok(rulesOf(configured, "OVER_TARGET_FULL_SCORE").length < rulesOf(plain, "OVER_TARGET_FULL_SCORE").length);

    const raised = await report(["--config", writeJson("raised.json", { rules: { LOW_EXEC_FULL_MARKS: "warning" } })]);
    assert.deepEqual(rulesOf(raised, "LOW_EXEC_FULL_MARKS").map((f) => f.severity), ["warning"]);
  });

  it("uses perfeval.config.json of the working folder, under --config", async () => {
    const folder = tempDir();
    writeJson("perfeval.config.json", { rules: { WEIGHT_SUM: "off", TOTAL_SUM: "warning" } }, folder);
    const folderOnly = await perfeval(["check", workbook, "--format", "json"], { cwd: folder });
    assert.equal(folderOnly.code, 0, "no error is left once WEIGHT_SUM is off and TOTAL_SUM a warning");
    const r = JSON.parse(folderOnly.stdout);
    assert.deepEqual(r.findings.filter((f: { rule: string }) => f.rule === "WEIGHT_SUM"), []);
    const explicit = await report(["--config", writeJson("on.json", { rules: { WEIGHT_SUM: "error" } })], { cwd: folder });
    assert.equal(rulesOf(explicit, "WEIGHT_SUM").length, 1);
    assert.deepEqual(rulesOf(explicit, "TOTAL_SUM").map((f) => f.severity), ["warning"]);
  });

  const BAD: [string, () => string, RegExp][] = [
    ["an unknown rule id", () => writeJson("bad-id.json", { rules: { QUANT_PROPORTIONS: "off" } }), /^perfeval: .*bad-id\.json：未知的规则“QUANT_PROPORTIONS”，是否为 QUANT_PROPORTION？\n$/],
    ["an unknown severity", () => writeJson("bad-level.json", { rules: { GRADE: "fatal" } }), /：规则 GRADE 的级别“fatal”无效（应为 off、error、warning、info 之一）\n$/],
    ["an unknown option", () => writeJson("bad-option.json", { rules: { LOW_EXEC_FULL_MARKS: ["info", { limit: 1 }] } }), /：规则 LOW_EXEC_FULL_MARKS 没有选项“limit”（可用：below）\n$/],
    ["a file that is not JSON", () => writeJson("bad.json", "{ rules: "), /bad\.json：不是有效的 JSON（/],
    ["a file that does not exist", () => path.join(dir, "missing.json"), /^perfeval: 找不到配置文件 .*missing\.json\n$/],
  ];
  for (const [what, file, message] of BAD) {
    it(`refuses ${what} with one line and exit 2, before reading the workbook`, async () => {
      const r = await perfeval(["check", path.join(dir, "does-not-exist.xlsx"), "--config", file()]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, message);
      assert.equal(r.stderr.split("\n").length, 2, r.stderr);
    });
  }

  it("refuses a bad perfeval.config.json in the working folder too", async () => {
    const folder = tempDir();
    writeJson("perfeval.config.json", { rules: { NOPE: "off" } }, folder);
    const r = await perfeval(["check", workbook], { cwd: folder });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /perfeval\.config\.json：未知的规则“NOPE”/);
  });

  it("as the installed command: exit 2 and one line", () => {
    const r = perfevalBin(["check", workbook, "--config", writeJson("bin.json", { rules: { GRADE: "warn" } })]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
  });
});

describe("perfeval check with the configuration the add-in stored in the workbook", () => {
  it("checks as the 设置 view said, and --config still wins", async () => {
    const form = seedForm("002-06");
    // In Excel (the simulator): the 设置 view saves QUANT_PROPORTION off.
    const sim = simOf(seedSheets([form]));
    await saveConfig(officeHost(), { rules: { QUANT_PROPORTION: "off" } });
    const parts = sim.state.customXmlParts.filter((p) => p.namespaceUri === CONFIG_NS).map((p) => p.xml);
    assert.equal(parts.length, 1);

    const file = path.join(tempDir(), "configured.xlsx");
    await seedWorkbook([form]).xlsx.writeFile(file);
    const count = async (args: string[] = []) =>
      JSON.parse((await perfeval(["check", file, "--format", "json", ...args])).stdout).findings.filter((f: { rule: string }) => f.rule === "QUANT_PROPORTION").length;
    assert.equal(await count(), 2);
    await withCustomXml(file, parts);
    assert.equal(await count(), 0);
    assert.equal(await count(["--config", writeJson("back-on.json", { rules: { QUANT_PROPORTION: "warning" } })]), 2);
  });

  it("refuses a configuration stored badly in the workbook with one line", async () => {
    const file = path.join(tempDir(), "bad-part.xlsx");
    await seedWorkbook([seedForm("002-06")]).xlsx.writeFile(file);
    await withCustomXml(file, [`<perfevalConfig xmlns="${CONFIG_NS}">{"rules":{"NO_SUCH_RULE":"off"}}</perfevalConfig>`]);
    const r = await perfeval(["check", file]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, "perfeval: 工作簿中保存的配置无效：未知的规则“NO_SUCH_RULE”（perfeval rules 列出所有规则）\n");
  });
});

describe("perfeval check --lang en", () => {
  it("reports in English: messages, names, summary, and the JSON report's messages and data", async () => {
    const text = await perfeval(["check", workbook, "--lang", "en"]);
    assert.match(text.stdout, /^Checking 002\.xlsx\n/);
    assert.match(text.stdout, /F27 +Error +Weight total WEIGHT_SUM +The weights should add up to 96\.00 \(budget 10\.00 \+ indicators 86\.00\), the total row has 100\.00/);
    assert.match(text.stdout, /\n7 projects: 2 errors, \d+ warnings, \d+ info\n$/);
    const json = await report(["--lang", "en"]);
    const rate = rulesOf(json, "LOW_EXEC_FULL_MARKS")[0];
    assert.match(rate.message, /^Execution is 14\.79 %, below 80 %/);
    const zh = await report([]);
    assert.equal(zh.findings.length, json.findings.length);
    assert.match(rulesOf(zh, "LOW_EXEC_FULL_MARKS")[0].message, /^执行率 14\.79% 低于 80%/);
  });

  it("keeps the Chinese messages as they were (zh is the default)", async () => {
    const r = await perfeval(["check", workbook]);
    assert.match(r.stdout, /G27 +错误 +总分合计 TOTAL_SUM +总分应为 81\.27（预算执行 9\.27 \+ 指标 72\.00），表中为 85\.27/);
  });
});
