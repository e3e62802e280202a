/**
 * The built page's Content-Security-Policy: scripts only from the add-in itself and Office's
 * script host, nothing inline or evaluated, no plugins; and the page obeys it (no inline script).
 */
import { strict as assert } from "assert";
import { OFFICE_JS, attribute, builtPage, ensureDist, pageScripts } from "./harness";
import { assertNoProblems, usePaneBrowser } from "./session";
import { e2eSpecs, workbook } from "./workbooks";

function cspOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]);
  const csp = metas.filter((tag) => (attribute(tag, "http-equiv") ?? "").toLowerCase() === "content-security-policy");
  assert.equal(csp.length, 1, "one CSP meta tag");
  const policy = attribute(csp[0], "content") ?? "";
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]): [string, string[]] => [name.toLowerCase(), sources]),
  );
}

describe("dist/taskpane.html: Content-Security-Policy", function () {
  this.timeout(180_000);
  let html = "";
  before(async () => {
    await ensureDist();
    html = builtPage();
  });

  it("allows scripts only from 'self' and https://appsforoffice.microsoft.com", () => {
    const csp = cspOf(html);
    assert.deepEqual([...(csp.get("script-src") ?? [])].sort(), ["'self'", "https://appsforoffice.microsoft.com"]);
    assert.deepEqual(csp.get("default-src"), ["'self'"]);
    assert.deepEqual(csp.get("object-src"), ["'none'"]);
    assert.deepEqual(csp.get("base-uri"), ["'self'"]);
    for (const [name, sources] of csp) {
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"]) {
        if (name === "img-src" && unsafe === "data:") continue; // the icons
        if (name === "style-src" && unsafe === "'unsafe-inline'") continue; // Office.js's own styles, below
        assert.ok(!sources.includes(unsafe), `${name} allows ${unsafe}`);
      }
    }
  });

  it("lets Office.js apply its inline styles on the web (style-src 'unsafe-inline': office-js#1687), scripts stay strict", () => {
    const csp = cspOf(html);
    assert.deepEqual([...(csp.get("style-src") ?? [])].sort(), ["'self'", "'unsafe-inline'"]);
    assert.ok(!(csp.get("script-src") ?? []).includes("'unsafe-inline'"));
  });

  it("loads only Office.js and its own scripts, none inline", () => {
    const scripts = pageScripts(html);
    assert.equal(scripts[0], OFFICE_JS, "Office.js first, before the add-in's scripts");
    for (const src of scripts.slice(1)) assert.match(src, /^[\w.-]+\.js$/, `a script of its own: ${src}`);
    assert.ok(!/<script\b[^>]*>\s*[^<\s]/i.test(html), "no inline script");
    assert.ok(!/\son[a-z]+\s*=/i.test(html), "no inline event handler");
    assert.ok(!/\sstyle\s*=/i.test(html), "no inline style of its own: 'unsafe-inline' is for Office.js");
  });
});

describe("task pane in Chromium: Office.js's inline styles on the web", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();

  it("are applied, not refused, and nothing else breaks the policy", async () => {
    const pane = await browser.open(workbook(e2eSpecs(), { profile: "web" }));
    const display = await pane.page.$eval("#__office-host-frame", (el) => getComputedStyle(el).display);
    assert.equal(display, "none", "the style attribute Office.js set took effect");
    await assertNoProblems(pane);
  });
});
