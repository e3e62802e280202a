/**
 * The built page's Content-Security-Policy: scripts only from the add-in itself and Office's
 * script host, nothing inline or evaluated, no plugins; and the page obeys it (no inline script).
 */
import { strict as assert } from "assert";
import { OFFICE_JS, attribute, builtPage, ensureDist, pageScripts } from "./harness";

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
        assert.ok(!sources.includes(unsafe), `${name} allows ${unsafe}`);
      }
    }
  });

  it("loads only Office.js and its own scripts, none inline", () => {
    const scripts = pageScripts(html);
    assert.equal(scripts[0], OFFICE_JS, "Office.js first, before the add-in's scripts");
    for (const src of scripts.slice(1)) assert.match(src, /^[\w.-]+\.js$/, `a script of its own: ${src}`);
    assert.ok(!/<script\b[^>]*>\s*[^<\s]/i.test(html), "no inline script");
    assert.ok(!/\son[a-z]+\s*=/i.test(html), "no inline event handler");
    assert.ok(!/\sstyle\s*=/i.test(html), "no inline style (style-src 'self')");
  });
});
