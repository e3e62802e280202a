/**
 * Load budget: the JavaScript the task pane page loads from dist/ (Office.js aside, which
 * Office serves), minified and gzip -9 compressed, stays under 250 KB. A pane opens on every
 * click of the ribbon button, often over a slow government network.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { DIST, OFFICE_JS, ensureDist, pageScripts } from "./harness";

export const PANE_JS_BUDGET = 250_000; // bytes, gzip -9

export function paneScriptSizes(): { file: string; bytes: number; gzip: number }[] {
  return pageScripts()
    .filter((src) => src !== OFFICE_JS)
    .map((src) => {
      const body = fs.readFileSync(path.join(DIST, src));
      return { file: src, bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
    });
}

describe("dist/: the task pane's load budget", function () {
  this.timeout(180_000);
  before(() => ensureDist());

  it("loads under 250 KB of gzipped JavaScript, minified", () => {
    const sizes = paneScriptSizes();
    assert.ok(sizes.length > 0, "taskpane.html loads scripts of its own");
    for (const s of sizes) {
      const text = fs.readFileSync(path.join(DIST, s.file), "utf8");
      const lines = text.split("\n").length;
      assert.ok(s.bytes / lines > 500, `${s.file} is minified (a production build), not ${lines} lines`);
    }
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
    process.stdout.write(
      `      task pane JavaScript: ${sizes.map((s) => `${s.file} ${kb(s.bytes)} → ${kb(s.gzip)}`).join(", ")}; total ${kb(total)} gzip -9 (budget ${kb(PANE_JS_BUDGET)})\n`,
    );
    assert.ok(total < PANE_JS_BUDGET, `${total} bytes gzipped is over the ${PANE_JS_BUDGET}-byte budget`);
  });
});
