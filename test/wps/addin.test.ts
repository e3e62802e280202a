/**
 * The folder `npm run build:wps` produces, checked as WPS would load it: ribbon.xml parsed with
 * xml2js (the parser wpsjs itself uses, resolved from it), the callbacks it names present in the
 * built main.js, which is then run in a fresh JS context against the WPS simulator; the pane page
 * (the Excel pane without office.js: its flows run in Chromium in test/e2e/wps.test.ts); the
 * publish page and jsplugins.xml pointing at the add-in folder; the offline installer.
 */
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import { packageRoot } from "../fixtures/seedForms";
import { PANE_REQUEST_KEY } from "../../src/wps/requests";
import { bookFromSpecs, installWpsHost } from "../wps-sim/wps";
import { seedSpecs } from "../host/wps/support";

const root = packageRoot();
const out = path.join(root, "dist-wps");
const build = path.join(out, "wps-addon-build");
const read = (...p: string[]) => fs.readFileSync(path.join(out, ...p), "utf8");

interface XmlNode {
  "#name": string;
  $?: Record<string, string>;
  $$?: XmlNode[];
}

function parseXml(xml: string): XmlNode {
  const from = path.dirname(path.join(root, "node_modules/wpsjs/package.json"));
  const xml2js = require(require.resolve("xml2js", { paths: [from] })) as { parseString: (x: string, o: object, cb: (e: Error | null, r: Record<string, XmlNode>) => void) => void };
  let parsed: Record<string, XmlNode> | undefined;
  xml2js.parseString(xml, { explicitChildren: true, preserveChildrenOrder: true, async: false }, (e, r) => {
    if (e) throw e;
    parsed = r;
  });
  return Object.values(parsed!)[0];
}

const all = (node: XmlNode, name: string): XmlNode[] => [
  ...(node["#name"] === name ? [node] : []),
  ...(node.$$ ?? []).flatMap((c) => all(c, name)),
];

/** main.js run as WPS runs it: a page of its own, with the `wps` global, alert and document. */
function loadMain(book = bookFromSpecs(seedSpecs("plain"))) {
  const host = installWpsHost(book);
  const alerts: string[] = [];
  const page: Record<string, unknown> = {
    wps: (globalThis as Record<string, unknown>).wps,
    alert: (text: string) => alerts.push(text),
    document: { location: { href: "http://127.0.0.1:3889/index.html" } },
    console,
    setTimeout,
    clearTimeout,
    TextEncoder,
  };
  vm.createContext(page);
  vm.runInContext(fs.readFileSync(path.join(build, "main.js"), "utf8"), page);
  return { page, host, book, alerts };
}

describe("WPS add-in folder (npm run build:wps)", () => {
  before(function () {
    if (!fs.existsSync(path.join(build, "main.js"))) throw new Error("dist-wps/ 不存在：先运行 npm run build:wps（npm test 会先构建）");
  });

  it("has the files wpsjs 2.2.3 lays out: index.html loading main.js, ribbon.xml, manifest.xml, functions.json, images, the pane", () => {
    for (const f of ["index.html", "main.js", "ribbon.xml", "manifest.xml", "functions.json", "images/icon-32.png", "ui/taskpane.html", "ui/taskpane.js", "ui/taskpane.css"]) {
      assert.ok(fs.existsSync(path.join(build, f)), f);
    }
    assert.match(read("wps-addon-build", "index.html"), /<script[^>]+src="\.\/main\.js"/);
  });

  it("has the Excel add-in's full pane as its task pane page, with no office.js to load (WPS has none, an intranet may have no internet)", () => {
    const html = read("wps-addon-build", "ui/taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    assert.deepEqual(scripts.map((src) => path.resolve(path.join(build, "ui"), src)), [path.join(build, "ui/taskpane.js")]);
    assert.ok(!html.includes("appsforoffice"), "neither the script nor its origin in the CSP");
    assert.match(html, /script-src 'self';/);
    for (const tab of ["tab-mapping", "tab-check", "tab-export", "tab-settings", "template-insert"]) assert.ok(html.includes(`data-testid=${tab}`) || html.includes(`data-testid="${tab}"`), tab);
    assert.equal(read("wps-addon-build", "ui/taskpane.css"), fs.readFileSync(path.join(root, "src/taskpane/taskpane.css"), "utf8"));
  });

  it("has a ribbon.xml that parses and names the commands 检查工作簿, 显示任务窗格, 插入自评表, whose callbacks main.js defines", () => {
    const ribbon = parseXml(read("wps-addon-build", "ribbon.xml"));
    assert.equal(ribbon["#name"], "customUI");
    assert.equal(ribbon.$?.xmlns, "http://schemas.microsoft.com/office/2006/01/customui");
    const labels = all(ribbon, "button").map((b) => b.$!.label);
    assert.deepEqual(labels, ["检查工作簿", "显示任务窗格", "插入自评表"]);
    const callbacks = new Set<string>([ribbon.$!.onLoad]);
    for (const b of all(ribbon, "button")) for (const [k, v] of Object.entries(b.$!)) if (/^(on|get)[A-Z]/.test(k)) callbacks.add(v);
    const { page } = loadMain();
    for (const name of callbacks) assert.equal(typeof page[name], "function", `main.js defines ${name}`);
  });

  it("runs in WPS (simulated): loading registers PERF.*, 检查工作簿 opens the pane and asks it to check, 插入自评表 adds a form, 显示任务窗格 toggles the pane", async () => {
    const { page, host, book, alerts } = loadMain();
    const call = (name: string, ...args: unknown[]) => (page[name] as (...a: unknown[]) => unknown)(...args);
    assert.equal(call("OnAddinLoad", {}), true);
    assert.deepEqual([...host.functions.keys()].sort(), ["PERF.EXECRATE", "PERF.EXECSCORE", "PERF.INDSCORE", "PERF.PERFGRADE", "PERF.TARGETMET"]);
    assert.equal(host.functions.get("PERF.PERFGRADE")!(85.27), "良");
    const before = book.snapshot();
    call("OnAction", { Id: "perfevalCheck" });
    assert.deepEqual(host.taskPanes.map((p) => [p.url, p.Visible]), [["http://127.0.0.1:3889/ui/taskpane.html", true]]);
    assert.equal(JSON.parse(host.storage.get(PANE_REQUEST_KEY)!).command, "check", "the pane finds the request when it starts");
    assert.deepEqual(book.snapshot(), before, "the pane checks, not the ribbon's page");
    call("OnAction", { Id: "perfevalPane" });
    assert.equal(host.taskPanes[0].Visible, false, "a second click hides the same pane");
    call("OnAction", { Id: "perfevalPane" });
    assert.deepEqual([host.taskPanes.length, host.taskPanes[0].Visible], [1, true]);
    call("OnAction", { Id: "perfevalTemplate" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(book.activeSheet, "自评表");
    assert.ok(book.findSheet("字典"));
    assert.deepEqual(alerts, [], "no message when all went well: the new sheet is on screen");
    host.uninstall();
  });

  it("tells in one line when a command fails, and never throws into WPS", async () => {
    const { page, alerts, host } = loadMain(bookFromSpecs([]));
    const onAction = page.OnAction as (c: { Id: string }) => boolean;
    assert.doesNotThrow(() => onAction({ Id: "perfevalTemplate" }), "a workbook without sheets: Sheets.Item fails");
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(alerts.length, 1);
    assert.ok(!alerts[0].includes("\n") && alerts[0].length > 0, alerts[0]);
    assert.equal(onAction({ Id: "unknown" }), false);
    host.uninstall();
  });

  it("declares the PERF functions for WPS: manifest.xml's namespace and functions.json in wpsjs's format", () => {
    const manifest = parseXml(read("wps-addon-build", "manifest.xml"));
    assert.equal(manifest["#name"], "JsPlugin");
    const text = (name: string) => (all(manifest, name)[0] as unknown as { _: string })._;
    assert.equal(text("Namespace"), "PERF");
    assert.equal(text("Uri"), "/functions.json");
    const { functions } = JSON.parse(read("wps-addon-build", "functions.json")) as { functions: { name: string; parameters: { type: string }[]; result: { type: string } }[] };
    assert.deepEqual(functions.map((f) => f.name), ["EXECRATE", "EXECSCORE", "PERFGRADE", "TARGETMET", "INDSCORE"]);
    const types = new Set(functions.flatMap((f) => [...f.parameters.map((p) => p.type), f.result.type]));
    for (const t of types) assert.match(t, /^(any|number|string|bool)\??$/);
    assert.equal(functions[2].result.type, "string");
  });

  it("points the publish page and jsplugins.xml at the add-in folder's URL", () => {
    const list = parseXml(read("wps-addon-publish", "jsplugins.xml"));
    const online = all(list, "jspluginonline");
    assert.deepEqual(online.map((p) => [p.$!.name, p.$!.type, p.$!.url]), [["perfeval", "et", "http://127.0.0.1:3889/"]]);
    const page = read("wps-addon-publish", "publish.html");
    assert.ok(!page.includes("PUBLISH_REPLACE_STRING") && !page.includes("SERVERID_REPLEASE_STRING"));
    const entries = JSON.parse(/var curList = (\[.*\]);/.exec(page)![1]) as { name: string; addonType: string; online: string; url: string }[];
    assert.deepEqual(entries.map((e) => [e.name, e.addonType, e.online, e.url]), [["perfeval", "et", "true", "http://127.0.0.1:3889/"]]);
  });

  it("installs offline into a user's jsaddons folder keeping other add-ins, updates, and removes itself", function () {
    if (process.platform === "win32") this.skip();
    const jsaddons = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-jsaddons-"));
    try {
      const other = '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="other" type="wps" url="other_1.0.0" version="1.0.0"/>\n</jsplugins>\n';
      fs.writeFileSync(path.join(jsaddons, "publish.xml"), other);
      const run = (...args: string[]) => spawnSync("sh", [path.join(out, "offline/install.sh"), ...args], { env: { ...process.env, JSADDONS: jsaddons }, encoding: "utf8" });
      assert.equal(run().status, 0);
      assert.equal(run().status, 0, "installing again updates in place");
      const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
      const list = parseXml(fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8"));
      assert.deepEqual(all(list, "jsplugin").map((p) => [p.$!.name, p.$!.url]), [["other", "other_1.0.0"], ["perfeval", `perfeval_${version}`]]);
      assert.ok(fs.existsSync(path.join(jsaddons, `perfeval_${version}`, "ribbon.xml")));
      assert.equal(run("--remove").status, 0);
      assert.equal(fs.readFileSync(path.join(jsaddons, "publish.xml"), "utf8"), other);
      assert.deepEqual(fs.readdirSync(jsaddons), ["publish.xml"]);
    } finally {
      fs.rmSync(jsaddons, { recursive: true, force: true });
    }
  });
});
