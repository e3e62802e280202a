/**
 * manifest.xml checked offline (`office-addin-manifest validate` needs the network): the
 * shared runtime, the PERF functions, the three Home-tab buttons, zh-CN with en-US overrides,
 * resources, URLs and icons. Parsed with xml2js, the parser office-addin-manifest itself uses
 * (a dependency of it, resolved from there; no XML library is a direct dependency).
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { packageRoot } from "../fixtures/seedForms";

const root = packageRoot();
const MANIFEST = path.join(root, "manifest.xml");
const DEV = "https://localhost:3000";
const CHINESE = /[\u4e00-\u9fff]/;

interface Element {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Element[];
}

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

type ParseString = (xml: string, options: object, done: (error: Error | null, result: Record<string, RawNode>) => void) => void;

function xml2js(): { parseString: ParseString } {
  const from = path.dirname(require.resolve("office-addin-manifest/package.json", { paths: [root] }));
  return require(require.resolve("xml2js", { paths: [from] }));
}

function toElement(node: RawNode): Element {
  return { name: node["#name"], attrs: { ...node.$ }, text: (node._ ?? "").trim(), children: (node.$$ ?? []).map(toElement) };
}

function parse(xml: string): Element {
  let parsed: Element | undefined;
  const options = { explicitChildren: true, preserveChildrenOrder: true, explicitCharkey: true, async: false };
  xml2js().parseString(xml, options, (error, result) => {
    if (error) throw error;
    parsed = toElement(Object.values(result)[0]);
  });
  assert.ok(parsed, "xml2js did not parse synchronously");
  return parsed;
}

function all(e: Element, name: string): Element[] {
  return e.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

function one(e: Element, name: string): Element {
  const found = all(e, name);
  assert.equal(found.length, 1, `expected one <${name}> in <${e.name}>, found ${found.length}`);
  return found[0];
}

function child(e: Element, name: string): Element {
  const found = e.children.filter((c) => c.name === name);
  assert.equal(found.length, 1, `expected one <${name}> directly in <${e.name}>, found ${found.length}`);
  return found[0];
}

function walk(e: Element): Element[] {
  return [e, ...e.children.flatMap(walk)];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  assert.ok(b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is not a PNG`);
  assert.equal(b.toString("ascii", 12, 16), "IHDR", `${file} has no IHDR first`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  const xml = fs.readFileSync(MANIFEST, "utf8");
  const app = parse(xml);
  const overrides = one(app, "VersionOverrides");
  const host = child(child(overrides, "Hosts"), "Host");
  const resources = child(overrides, "Resources");

  /** Resource id → its element, per kind. */
  const kinds = {
    image: new Map(all(child(resources, "bt:Images"), "bt:Image").map((e) => [e.attrs.id, e])),
    url: new Map(all(child(resources, "bt:Urls"), "bt:Url").map((e) => [e.attrs.id, e])),
    short: new Map(all(child(resources, "bt:ShortStrings"), "bt:String").map((e) => [e.attrs.id, e])),
    long: new Map(all(child(resources, "bt:LongStrings"), "bt:String").map((e) => [e.attrs.id, e])),
  };
  const text = (resid: string) => (kinds.short.get(resid) ?? kinds.long.get(resid))?.attrs.DefaultValue;
  const url = (resid: string) => kinds.url.get(resid)?.attrs.DefaultValue;
  const english = (e: Element | undefined) =>
    e?.children.find((c) => (c.name === "Override" || c.name === "bt:Override") && c.attrs.Locale === "en-US")?.attrs.Value;

  it("is a task pane add-in for Excel with a GUID id, zh-CN by default", () => {
    assert.equal(app.name, "OfficeApp");
    assert.equal(app.attrs["xsi:type"], "TaskPaneApp");
    assert.match(child(app, "Id").text, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    assert.equal(child(app, "DefaultLocale").text, "zh-CN");
    assert.deepEqual(all(child(app, "Hosts"), "Host").map((h) => h.attrs.Name), ["Workbook"]);
    assert.equal(child(app, "Permissions").text, "ReadWriteDocument");
    assert.ok(child(app, "ProviderName").text);
  });

  it("has a Chinese DisplayName and Description with en-US overrides", () => {
    for (const name of ["DisplayName", "Description"]) {
      const e = child(app, name);
      assert.match(e.attrs.DefaultValue, CHINESE, `${name} default is not Chinese`);
      const en = english(e);
      assert.ok(en && !CHINESE.test(en), `${name} has no English en-US override`);
    }
  });

  it("requires SharedRuntime 1.1, CustomFunctionsRuntime 1.2 and ExcelApi 1.13 (merged areas)", () => {
    const sets = new Map(all(child(app, "Requirements"), "Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    assert.deepEqual(Object.fromEntries(sets), { SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2", ExcelApi: "1.13" });
  });

  it("uses VersionOverrides 1.0, the only version a TaskPaneApp supports", () => {
    assert.equal(overrides.attrs["xsi:type"], "VersionOverridesV1_0");
    assert.equal(overrides.attrs.xmlns, "http://schemas.microsoft.com/office/taskpaneappversionoverrides");
    assert.equal(all(app, "VersionOverrides").length, 1);
    assert.equal(host.attrs["xsi:type"], "Workbook");
  });

  it("runs in one shared runtime, the task pane page, for the whole session", () => {
    const runtimes = all(child(host, "Runtimes"), "Runtime");
    assert.deepEqual(runtimes.map((r) => r.attrs), [{ resid: "Taskpane.Url", lifetime: "long" }]);
    assert.equal(url("Taskpane.Url"), `${DEV}/taskpane.html`);
    assert.equal(one(host, "FunctionFile").attrs.resid, "Taskpane.Url", "commands must run in the shared page");
    assert.equal(one(app, "DefaultSettings").children[0].attrs.DefaultValue, `${DEV}/taskpane.html`);
  });

  it("declares the PERF custom functions with script, page and metadata", () => {
    const points = all(host, "ExtensionPoint").filter((e) => e.attrs["xsi:type"] === "CustomFunctions");
    assert.equal(points.length, 1);
    const cf = points[0];
    assert.equal(url(one(child(cf, "Script"), "SourceLocation").attrs.resid), `${DEV}/functions.js`);
    assert.equal(one(child(cf, "Page"), "SourceLocation").attrs.resid, "Taskpane.Url");
    assert.equal(url(one(child(cf, "Metadata"), "SourceLocation").attrs.resid), `${DEV}/functions.json`);
    assert.equal(text(child(cf, "Namespace").attrs.resid), "PERF");
  });

  it("puts the group 绩效自评 with 检查工作簿, 插入自评表, 显示任务窗格 on the Home tab", () => {
    const surface = all(host, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "PrimaryCommandSurface");
    assert.ok(surface);
    const tab = child(surface, "OfficeTab");
    assert.equal(tab.attrs.id, "TabHome");
    const group = child(tab, "Group");
    assert.equal(text(child(group, "Label").attrs.resid), "绩效自评");
    const buttons = group.children.filter((c) => c.name === "Control");
    const summary = buttons.map((b) => {
      const action = child(b, "Action");
      const target =
        action.attrs["xsi:type"] === "ExecuteFunction" ? child(action, "FunctionName").text : child(action, "SourceLocation").attrs.resid;
      return [b.attrs["xsi:type"], text(child(b, "Label").attrs.resid), action.attrs["xsi:type"], target];
    });
    assert.deepEqual(summary, [
      ["Button", "检查工作簿", "ExecuteFunction", "checkWorkbook"],
      ["Button", "插入自评表", "ExecuteFunction", "insertTemplate"],
      ["Button", "显示任务窗格", "ShowTaskpane", "Taskpane.Url"],
    ]);
    for (const b of buttons) {
      const sizes = all(child(b, "Icon"), "bt:Image").map((i) => i.attrs.size);
      assert.deepEqual(sizes, ["16", "32", "80"], `${b.attrs.id} needs the 16, 32 and 80 px icons`);
      assert.equal(child(child(b, "Supertip"), "Title").attrs.resid, child(b, "Label").attrs.resid);
      assert.ok(kinds.long.has(child(child(b, "Supertip"), "Description").attrs.resid), `${b.attrs.id} tooltip is not a LongString`);
    }
    assert.equal(new Set(buttons.map((b) => b.attrs.id)).size, 3, "control ids must be unique");
  });

  it("gives no Action a TaskpaneId under the shared runtime (Microsoft: avoid multiple task panes)", () => {
    // docs: develop/configure-your-add-in-to-use-a-shared-runtime.md, "Good practice: avoid multiple task panes".
    assert.deepEqual(all(host, "Action").flatMap((a) => a.children.filter((c) => c.name === "TaskpaneId").map((c) => c.text)), []);
  });

  it("overrides every string for exactly the English locales the pane switches to (an en-US override does not serve en-GB)", () => {
    // docs: develop/localization.md — one Override per locale; the language alone is not supported everywhere.
    const { ENGLISH_LOCALES } = require(path.join(root, "src", "taskpane", "i18n.ts")) as { ENGLISH_LOCALES: string[] };
    const localized = [child(app, "DisplayName"), child(app, "Description"), ...[...kinds.short, ...kinds.long].filter(([id]) => id !== "Functions.Namespace").map(([, e]) => e)];
    for (const e of localized) {
      const locales = e.children.filter((c) => c.name === "Override" || c.name === "bt:Override").map((c) => c.attrs.Locale);
      assert.deepEqual(locales, ENGLISH_LOCALES, `${e.attrs.id ?? e.name}`);
      const values = new Set(e.children.filter((c) => c.name.endsWith("Override")).map((c) => c.attrs.Value));
      assert.equal(values.size, 1, `${e.attrs.id ?? e.name}: the same English in every English locale`);
    }
  });

  it("has a Chinese default and an English en-US override for every label and tooltip", () => {
    for (const [id, e] of [...kinds.short, ...kinds.long]) {
      if (id === "Functions.Namespace") continue; // the namespace is the same in every language
      assert.match(e.attrs.DefaultValue, CHINESE, `${id} default is not Chinese`);
      const en = english(e);
      assert.ok(en && !CHINESE.test(en), `${id} has no English en-US override`);
    }
  });

  it("defines every resid it references, of the right kind, and nothing unused", () => {
    const used = new Set<string>();
    for (const e of walk(host)) {
      const resid = e.attrs.resid;
      if (!resid) continue;
      used.add(resid);
      const kind =
        e.name === "bt:Image"
          ? kinds.image
          : e.name === "SourceLocation" || e.name === "Runtime" || e.name === "FunctionFile" || e.name === "LearnMoreUrl"
            ? kinds.url
            : e.name === "Description"
              ? kinds.long
              : kinds.short;
      assert.ok(kind.has(resid), `<${e.name} resid="${resid}"> is not defined where it must be`);
    }
    const defined = [...kinds.image.keys(), ...kinds.url.keys(), ...kinds.short.keys(), ...kinds.long.keys()];
    assert.equal(new Set(defined).size, defined.length, "a resource id is defined twice");
    assert.deepEqual(defined.filter((id) => !used.has(id)), [], "resources nobody references");
  });

  it("serves everything from https://localhost:3000/", () => {
    const urls = walk(app).flatMap((e) => [
      ...Object.values(e.attrs).filter((v) => /^https?:/i.test(v) && !v.startsWith("http://schemas.") && !v.startsWith("http://www.w3.org/")),
      ...(/^https?:/i.test(e.text) ? [e.text] : []),
    ]);
    assert.ok(urls.length >= 10, `only ${urls.length} URLs found`);
    for (const u of urls) assert.ok(u === DEV || u.startsWith(`${DEV}/`), `${u} is not on ${DEV}`);
    assert.deepEqual(all(child(app, "AppDomains"), "AppDomain").map((d) => d.text), [DEV]);
  });

  it("points every icon at a PNG in assets/ of the size it claims", () => {
    const icons: [string, number][] = [
      [child(app, "IconUrl").attrs.DefaultValue, 32],
      [child(app, "HighResolutionIconUrl").attrs.DefaultValue, 64],
      ...[...kinds.image].map(([id, e]): [string, number] => [e.attrs.DefaultValue, Number(/^Icon\.(\d+)x\1$/.exec(id)?.[1])]),
    ];
    for (const e of walk(host).filter((x) => x.name === "bt:Image" && x.attrs.resid)) {
      icons.push([kinds.image.get(e.attrs.resid)!.attrs.DefaultValue, Number(e.attrs.size)]);
    }
    for (const [iconUrl, size] of icons) {
      const m = new RegExp(`^${DEV}/assets/(icon-(\\d+)\\.png)$`).exec(iconUrl);
      assert.ok(m, `${iconUrl} is not an assets/icon-NN.png URL`);
      assert.equal(Number(m[2]), size, `${iconUrl} is used as ${size} px`);
      const file = path.join(root, "assets", m[1]);
      assert.ok(fs.existsSync(file), `${file} is missing`);
      assert.deepEqual(pngSize(file), [size, size], `${m[1]} is not ${size}×${size}`);
    }
  });

  it("names only files the build emits (checked in dist/ when it was built)", function () {
    const dist = path.join(root, "dist");
    if (!fs.existsSync(path.join(dist, "manifest.xml"))) return this.skip();
    const paths = new Set(
      walk(app)
        .flatMap((e) => [...Object.values(e.attrs), e.text])
        .filter((v) => v.startsWith(`${DEV}/`))
        .map((v) => v.slice(DEV.length + 1)),
    );
    for (const p of paths) assert.ok(fs.existsSync(path.join(dist, p)), `dist/${p} is missing`);
  });
});

describe("webpack.config.js rewrites the manifest for production", () => {
  const { rewriteManifest } = require(path.join(root, "webpack.config.js")) as { rewriteManifest: (xml: string, base: string) => string };
  const xml = fs.readFileSync(MANIFEST, "utf8");

  it("keeps localhost when no production URL is set", () => {
    assert.equal(rewriteManifest(xml, `${DEV}/`), xml);
  });

  it("moves every URL to PERFEVAL_URL and the AppDomain to its origin", () => {
    const out = rewriteManifest(xml, "https://perf.example.cn/addin/");
    assert.ok(!out.includes("localhost"), "a localhost URL is left");
    assert.ok(out.includes('<bt:Url id="Functions.Metadata.Url" DefaultValue="https://perf.example.cn/addin/functions.json" />'));
    assert.ok(out.includes("<AppDomain>https://perf.example.cn</AppDomain>"));
    assert.equal(parse(out).name, "OfficeApp", "still well-formed");
  });
});
