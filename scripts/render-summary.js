#!/usr/bin/env node
"use strict";
/**
 * Regenerates docs/review-summary.png: the reviewer's workbook (`perfeval check FOLDER --summary`)
 * of a folder holding the five seed documents as workbooks of five units (one of them .xls),
 * printed to PDF by LibreOffice headless and the upper part of page 1 (项目汇总) rendered by pdftoppm.
 * Needs libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk.
 *
 *   node scripts/render-summary.js [--out /tmp/x.png] [--dpi 150]
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
const { run } = require("../src/cli/main");
const { LAYOUTS, seedWorkbook } = require("../test/fixtures/layouts");
const { seedForms } = require("../test/fixtures/seedForms");
const { sofficeConvert } = require("../test/template/soffice");

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const UNITS = ["市科协机关", "科技馆", "科普中心", "学会服务中心", "科技报社"];

async function main() {
  const out = path.resolve(option("--out", path.join(root, "docs", "review-summary.png")));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-render-summary-"));
  const folder = path.join(dir, "收到的自评表");
  fs.mkdirSync(folder);
  for (const [i, source] of ["000", "001", "002", "003", "004"].entries()) {
    const forms = seedForms().filter((f) => f.id.startsWith(`${source}-`));
    await seedWorkbook(forms, { layout: (_, k) => LAYOUTS[(k + i) % LAYOUTS.length] }).xlsx.writeFile(path.join(folder, `${UNITS[i]}.xlsx`));
  }
  const summary = path.join(dir, "汇总.xlsx");
  const io = { stdout: { write() {} }, stderr: { write: (t) => process.stderr.write(t) }, env: process.env };
  const code = await run(["check", folder, "--summary", summary, "--jobs", "1"], io);
  if (code === 2) throw new Error("perfeval check failed");
  const [pdf] = sofficeConvert([summary], dir, "pdf");
  const prefix = path.join(dir, "page");
  // The upper part of page 1: the title, the header and the first projects, legible.
  const dpi = Number(option("--dpi", "150"));
  const crop = ["-x", "0", "-y", String(Math.round(dpi * 0.9)), "-W", String(Math.round(dpi * 11.69)), "-H", String(Math.round(dpi * 3.2))];
  const r = spawnSync("pdftoppm", ["-png", "-r", String(dpi), ...crop, "-f", "1", "-l", "1", "-singlefile", pdf, prefix], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pdftoppm failed (install poppler-utils): ${r.stderr || (r.error && r.error.message)}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(`${prefix}.png`, out);
  process.stdout.write(`${out}\n`);
}

main().catch((e) => {
  process.stderr.write(`render-summary: ${e.message}\n`);
  process.exitCode = 1;
});
