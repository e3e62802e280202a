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
const fs = require("fs");
const os = require("os");
const path = require("path");

const { option, renderFirstPage, root } = require("./renderPage");
const { run } = require("../src/cli/main");
const { LAYOUTS, seedWorkbook } = require("../test/fixtures/layouts");
const { seedForms } = require("../test/fixtures/seedForms");

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
  // The upper part of page 1: the title, the header and the first projects, legible.
  const dpi = Number(option("--dpi", "150"));
  const crop = ["-x", "0", "-y", String(Math.round(dpi * 0.9)), "-W", String(Math.round(dpi * 11.69)), "-H", String(Math.round(dpi * 3.2))];
  renderFirstPage(summary, dir, out, { dpi, crop });
}

main().catch((e) => {
  process.stderr.write(`render-summary: ${e.message}\n`);
  process.exitCode = 1;
});
