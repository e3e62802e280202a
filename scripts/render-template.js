#!/usr/bin/env node
"use strict";
/**
 * Regenerates docs/template-form.png: a seed form rebuilt on the standard template (the way
 * `perfeval template --from` does it), printed to PDF by LibreOffice headless and page 1
 * rendered by pdftoppm. Needs libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk.
 *
 *   node scripts/render-template.js                     seed 001-03 (one page, 总分 and 评分等级 in view) → docs/template-form.png
 *   node scripts/render-template.js --form 002-06 --out /tmp/x.png
 *   node scripts/render-template.js --blank --out /tmp/blank.png
 *   node scripts/render-template.js --summary --out /tmp/summary.png   (the 汇总 sheet of document 000)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const { option, renderFirstPage, root } = require("./renderPage");
const { readSheet } = require("../src/core/check");
const { convertSheets } = require("../src/core/summary");
const { templateForm } = require("../src/core/template");
const { templateWorkbook } = require("../src/node/templateWriter");
const { seedSheets, specGrid } = require("../test/fixtures/layouts");
const { seedForm, seedForms } = require("../test/fixtures/seedForms");
/** The sheets to write; page 1 of the first one is rendered. */
function sheetsToRender() {
  if (process.argv.includes("--blank")) return [templateForm()];
  if (process.argv.includes("--summary")) {
    const forms = seedForms().filter((f) => f.id.startsWith("000"));
    const book = convertSheets(seedSheets(forms).map((s) => readSheet(specGrid(s))));
    return [book.summary, ...book.forms];
  }
  const form = seedForm(option("--form", "001-03"));
  return convertSheets(seedSheets([form]).map((s) => readSheet(specGrid(s)))).forms;
}

async function main() {
  const out = path.resolve(option("--out", path.join(root, "docs", "template-form.png")));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-render-"));
  const xlsx = path.join(dir, "template.xlsx");
  await templateWorkbook(sheetsToRender()).xlsx.writeFile(xlsx);
  renderFirstPage(xlsx, dir, out, { dpi: option("--dpi", "110") });
}

main().catch((e) => {
  process.stderr.write(`render-template: ${e.message}\n`);
  process.exitCode = 1;
});
