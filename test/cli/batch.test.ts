/**
 * `perfeval check FILE… | FOLDER`: a reviewer's folder of workbooks from many units, some .xls,
 * .ods or WPS .et (converted by LibreOffice), some unreadable, one named in GBK.
 */
import { strict as assert } from "assert";
import Ajv2020 from "ajv/dist/2020";
import { spawnSync } from "child_process";
import * as crypto from "crypto";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { findSoffice } from "../../src/node/convert";
import { seedWorkbook } from "../fixtures/layouts";
import { packageRoot, seedForms } from "../fixtures/seedForms";
import { perfeval, perfevalBin, tempDir } from "./helpers";

/**
 * In this thread: worker threads under ts-node would each compile the sources again. The built
 * command (bin/perfeval.js, as a user runs it) checks in parallel in one test below.
 */
const check = (args: string[], options?: Parameters<typeof perfeval>[1]) => perfeval([...args, "--jobs", "1"], options);

const forms = (prefix: string) => seedForms().filter((f) => f.id.startsWith(prefix));
const sha = (file: fs.PathLike) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const schemaOf = (name: string) => JSON.parse(fs.readFileSync(path.join(packageRoot(), "schema", name), "utf8"));
const validateBatch = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true })
  .addSchema(schemaOf("report.schema.json"))
  .compile(schemaOf("batch-report.schema.json"));

interface BatchDocument {
  files: { file: string; summary: { projects: number } }[];
  unreadable: { file: string; message: string }[];
  summary: { projects: number };
}

/** GBK bytes of 单位丙.xlsx, as a zip made on a Chinese Windows desktop unpacks them. */
const GBK_NAME = Buffer.from([0xb5, 0xa5, 0xce, 0xbb, 0xb1, 0xfb, 0x2e, 0x78, 0x6c, 0x73, 0x78]);

function soffice(format: "xls" | "ods", file: string, outDir: string): string {
  const profile = tempDir();
  const r = spawnSync(findSoffice()!, ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", format, "--outdir", outDir, file], { encoding: "utf8", timeout: 120_000 });
  const out = path.join(outDir, `${path.basename(file, ".xlsx")}.${format}`);
  assert.ok(fs.existsSync(out), r.stderr);
  return out;
}

describe("perfeval check on a folder of workbooks", () => {
  const root = tempDir();
  const folder = path.join(root, "收到的自评表");
  const hashes = new Map<string | Buffer, string>();
  const gbkPath = () => Buffer.concat([Buffer.from(folder + path.sep), GBK_NAME]);
  before(async () => {
    fs.mkdirSync(path.join(folder, "二级单位"), { recursive: true });
    await seedWorkbook(forms("000-")).xlsx.writeFile(path.join(folder, "单位甲.xlsx"));
    await seedWorkbook(forms("002-"), { others: true }).xlsx.writeFile(path.join(folder, "二级单位", "单位乙.xlsx"));
    // .xls, .ods and a WPS .et (built on the .xls format) made by LibreOffice from workbooks of their own.
    const scratch = tempDir();
    const a = path.join(scratch, "单位丁.xlsx");
    await seedWorkbook(forms("001-").slice(0, 3), { layout: "offset" }).xlsx.writeFile(a);
    fs.renameSync(soffice("xls", a, scratch), path.join(folder, "单位丁.xls"));
    const b = path.join(scratch, "单位戊.xlsx");
    await seedWorkbook(forms("003-").slice(0, 2), { layout: "wide" }).xlsx.writeFile(b);
    fs.renameSync(soffice("ods", b, scratch), path.join(folder, "单位戊.ods"));
    const c = path.join(scratch, "单位己.xlsx");
    await seedWorkbook(forms("004-").slice(0, 2)).xlsx.writeFile(c);
    fs.renameSync(soffice("xls", c, scratch), path.join(folder, "二级单位", "单位己.et"));
    // A name that is not UTF-8, a file that is not a workbook, Excel's lock file and a note.
    fs.writeFileSync(gbkPath(), Buffer.from(await seedWorkbook(forms("001-").slice(3, 5)).xlsx.writeBuffer()));
    fs.writeFileSync(path.join(folder, "损坏.xlsx"), "不是工作簿");
    fs.writeFileSync(path.join(folder, "~$单位甲.xlsx"), "lock");
    fs.writeFileSync(path.join(folder, "说明.txt"), "说明");
    for (const file of [path.join(folder, "单位甲.xlsx"), path.join(folder, "二级单位", "单位乙.xlsx"), path.join(folder, "单位丁.xls"), gbkPath()]) hashes.set(file, sha(file));
  });

  it("checks every workbook in it, folders within included, and reports each unreadable one in one line", async () => {
    const r = await check(["check", folder]);
    assert.equal(r.code, 1, r.stderr);
    assert.deepEqual(r.stderr.trimEnd().split("\n"), ["perfeval: 损坏.xlsx 不是 .xlsx 工作簿，也不是 .xls、.et 或 .ods（文件内容不是电子表格）"]);
    const files = [...r.stdout.matchAll(/^检查 (.+)$/gm)].map((m) => m[1]);
    // By path below the folder, in Chinese order (单 dān, 二 èr, 损 sǔn; 丙 丁 甲 戊), the GBK name decoded.
    assert.deepEqual(files, ["单位丙.xlsx", "单位丁.xls", "单位甲.xlsx", "单位戊.ods", "二级单位/单位己.et", "二级单位/单位乙.xlsx", "损坏.xlsx"]);
    assert.match(r.stdout, /共 7 个文件（1 个无法读取）：\d+ 个项目，2 个错误/);
    for (const [file, hash] of hashes) assert.equal(sha(file), hash, `${file} unchanged`);
  });

  it("prints one JSON document with a report per file, the unreadable files and totals; worker threads change nothing", async () => {
    const r = perfevalBin(["check", folder, "--format", "json"]);
    assert.equal(r.code, 1, r.stderr);
    const doc = JSON.parse(r.stdout) as BatchDocument;
    assert.ok(validateBatch(doc), JSON.stringify(validateBatch.errors, null, 2));
    const projects = (name: string) => doc.files.find((f) => f.file === name)?.summary.projects;
    assert.equal(projects("单位甲.xlsx"), forms("000-").length);
    assert.equal(projects("二级单位/单位乙.xlsx"), forms("002-").length);
    assert.equal(projects("单位丁.xls"), 3);
    assert.equal(projects("单位戊.ods"), 2);
    assert.equal(projects("二级单位/单位己.et"), 2);
    assert.equal(projects("单位丙.xlsx"), 2, "the GBK name is found, opened and shown decoded");
    assert.deepEqual(doc.unreadable.map((u) => u.file), ["损坏.xlsx"]);
    assert.equal(doc.summary.projects, doc.files.reduce((n, f) => n + f.summary.projects, 0));
    const serial = JSON.parse((await check(["check", folder, "--format", "json"])).stdout);
    assert.deepEqual(serial, doc, "worker threads (two, on this machine's cores) change nothing but the time");
    const onTerminal = (await check(["check", folder, "--format", "json"], { tty: true })).stdout;
    assert.match(onTerminal, /^\{\n  "schemaVersion": 1,\n  "files": \[\n    \{\n      "schemaVersion": 1,/);
    assert.deepEqual(JSON.parse(onTerminal), doc, "indented for a person, the same document");
  });

  it("follows --config and --lang in every worker thread as in this one", async () => {
    const config = path.join(tempDir(), "规则.json");
    fs.writeFileSync(config, JSON.stringify({ rules: { LEVEL1_WEIGHTS: "off", UNIT_MISSING: "warning" } }));
    const args = ["check", folder, "--format", "json", "--config", config, "--lang", "en", "--glob", "*.xlsx"];
    const parallel = perfevalBin([...args, "--jobs", "3"]);
    const doc = JSON.parse(parallel.stdout) as { files: { findings: { rule: string; message: string }[] }[] };
    const findings = doc.files.flatMap((f) => f.findings);
    assert.ok(findings.length > 0 && doc.files.length >= 3, parallel.stderr);
    assert.ok(!findings.some((f) => f.rule === "LEVEL1_WEIGHTS"), "a rule turned off is off in the workers too");
    assert.ok(findings.every((f) => !/应为|通常为|为空|未填写|合计/.test(f.message)) && findings.some((f) => /\b(should|with|is)\b/.test(f.message)), "messages in English from the workers too");
    assert.deepEqual(doc, JSON.parse((await check(args)).stdout), "the same report as in one thread");
  });

  it("filters the folder with --glob, by name or by path below the folder", async () => {
    const byName = JSON.parse((await check(["check", folder, "--glob", "*乙*", "--format", "json"])).stdout);
    assert.deepEqual(byName.files.map((f: { file: string }) => f.file), ["二级单位/单位乙.xlsx"]);
    const byPath = JSON.parse((await check(["check", folder, "--glob", "二级单位/**", "--format", "json"])).stdout);
    assert.deepEqual(byPath.files.map((f: { file: string }) => f.file), ["二级单位/单位己.et", "二级单位/单位乙.xlsx"]);
    const none = await check(["check", folder, "--glob", "*.docx"]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /中没有符合“\*\.docx”的工作簿/);
  });

  it("names the package to install when LibreOffice is missing, and checks the other files", async () => {
    const r = await check(["check", folder, "--format", "json"], { env: { PERFEVAL_SOFFICE: "" } });
    const doc = JSON.parse(r.stdout) as BatchDocument;
    const reasons = doc.unreadable.map((u) => u.message).join("\n");
    assert.match(reasons, /单位丁\.xls 是旧版 \.xls 或 WPS \.et 工作簿：需要 LibreOffice.*libreoffice-calc-nogui/);
    assert.match(reasons, /二级单位\/单位己\.et 是.*或在 WPS 中另存为 \.xlsx/);
    assert.match(reasons, /单位戊\.ods 是开放文档表格（\.ods）.*libreoffice-calc-nogui/);
    assert.equal(doc.files.length, 3);
  });

  it("exits 2 with nothing on stdout when no file can be read, and 2 for one missing file as before", async () => {
    const bad = tempDir();
    fs.writeFileSync(path.join(bad, "a.xlsx"), "x");
    fs.writeFileSync(path.join(bad, "b.xls"), "y");
    const r = await check(["check", bad], { env: { PERFEVAL_SOFFICE: "" } });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr.trimEnd().split("\n").length, 2);
    const missing = await check(["check", path.join(bad, "nope.xlsx"), path.join(bad, "a.xlsx")]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /找不到文件/);
  });

  it("shows one progress bar for the whole batch on a terminal", async () => {
    const tty = await check(["check", folder, "--glob", "单位[甲乙]*"], { tty: true });
    assert.match(tty.stderr, /检查工作簿 \[.*\] \d\/2/);
  });

  it("writes each file's checked copy into --out-dir, mirroring the folders, as .xlsx", async () => {
    const out = path.join(root, "已检查");
    const r = await check(["check", folder, "--out-dir", out, "--glob", "*单位[乙丁]*"]);
    assert.match(r.stdout, /已写入 2 个标记副本/);
    assert.ok(fs.existsSync(path.join(out, "二级单位", "单位乙.xlsx")));
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(out, "单位丁.xlsx"));
    assert.equal(copy.worksheets[0].name, "检查结果");
    const refused = await check(["check", folder, "--out-dir", folder]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--out-dir 会覆盖被检查的文件/);
  });

  it("finds a GBK-named file from the name the shell passes (its bytes turned to U+FFFD), and names it right", async () => {
    const lossy = path.join(folder, GBK_NAME.toString("utf8"));
    assert.ok(lossy.includes("\uFFFD") && !fs.existsSync(lossy));
    const r = await check(["check", lossy, "--format", "json"]);
    assert.notEqual(r.code, 2, r.stderr);
    assert.equal(JSON.parse(r.stdout).file, "单位丙.xlsx");
  });

  it("checks one .xls file as it checks an .xlsx, and writes its checked copy as .xlsx", async () => {
    const out = path.join(root, "单位丁-已检查.xlsx");
    const r = await check(["check", path.join(folder, "单位丁.xls"), "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^检查 单位丁\.xls\n/);
    assert.match(r.stdout, /共 3 个项目/);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    assert.equal(copy.worksheets.length, 4, "the three forms and 检查结果");
  });

  it("refuses --out with several files", async () => {
    const r = await perfeval(["check", folder, "--out", path.join(root, "x.xlsx")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--out 只用于一个文件.*--out-dir/);
  });
});
