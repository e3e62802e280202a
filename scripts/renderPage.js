"use strict";
/**
 * What the render-*.js scripts share: their options, and page 1 of a workbook printed to PDF by
 * LibreOffice headless and rendered to PNG by pdftoppm (poppler-utils).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
const { sofficeConvert } = require("../test/template/soffice");

/** The value after `--name` on the command line, or the fallback. */
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Page 1 of `xlsx` as `out` (a PNG), at `dpi`, cut to `crop` (pdftoppm's -x -y -W -H) when given. */
function renderFirstPage(xlsx, dir, out, { dpi, crop = [] }) {
  const [pdf] = sofficeConvert([xlsx], dir, "pdf");
  const prefix = path.join(dir, "page");
  const r = spawnSync("pdftoppm", ["-png", "-r", String(dpi), ...crop, "-f", "1", "-l", "1", "-singlefile", pdf, prefix], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`pdftoppm failed (install poppler-utils): ${r.stderr || (r.error && r.error.message)}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.copyFileSync(`${prefix}.png`, out);
  process.stdout.write(`${out}\n`);
}

module.exports = { root, option, renderFirstPage };
