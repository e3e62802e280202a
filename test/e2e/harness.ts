/**
 * What the end-to-end tests and scripts/benchPane.ts share: dist/ built and served on
 * 127.0.0.1, the simulator bundled as the page's Office host, Chromium launched the one way
 * this machine allows, and a task pane page whose problems (console errors, CSP violations,
 * network requests that leave the machine) are collected.
 *
 * Node only and no DOM types: scripts/benchPane.ts imports this and tsconfig.node.json compiles
 * it. Browser-side code is passed to the page as strings.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { SheetSpec } from "../fixtures/layouts";
import type { ProfileName } from "../sim/profiles";
import { packageRoot } from "../fixtures/seedForms";

export const ROOT = packageRoot();
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com/";

/** A task pane about the width Excel gives it; twice the pixels so screenshots are legible. */
export const PANE_VIEWPORT = { width: 380, height: 900 };
export const PANE_SCALE = 2;

// ---------------------------------------------------------------------------------------------
// dist/

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** Why dist/ must be built now, or undefined when the one there will do. */
function distOutdated(): string | undefined {
  const page = path.join(DIST, "taskpane.html");
  if (!fs.existsSync(page)) return "dist/taskpane.html is missing";
  // npm test builds dist/ just before; PERFEVAL_SKIP_BUILD says the one there is wanted as it is.
  if (process.env.PERFEVAL_SKIP_BUILD) return undefined;
  const built = fs.statSync(page).mtimeMs;
  const sources = Math.max(...["src", "manifest.xml", "webpack.config.js", "assets"].map((p) => newestMtime(path.join(ROOT, p))));
  return sources > built ? "src/ changed after dist/ was built" : undefined;
}

let distReady: Promise<void> | undefined;

/** dist/ as `webpack --mode production` makes it, built only when missing or older than src/. */
export function ensureDist(): Promise<void> {
  distReady ??= (async () => {
    const reason = distOutdated();
    if (!reason) return;
    process.stdout.write(`  (building dist/: ${reason})\n`);
    const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
    const output: Buffer[] = [];
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, "--mode", "production"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.on("data", (d: Buffer) => output.push(d));
      child.stderr.on("data", (d: Buffer) => output.push(d));
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (code !== 0) throw new Error(`webpack --mode production failed (exit ${code}):\n${Buffer.concat(output).toString().slice(-4000)}`);
  })();
  return distReady;
}

// ---------------------------------------------------------------------------------------------
// A static server for dist/

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

export interface StaticServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Every request answered, with its status. */
  served: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function serveDirectory(dir: string): Promise<StaticServer> {
  const base = path.resolve(dir);
  const served: StaticServer["served"] = [];
  const server = http.createServer((req, res) => {
    const answer = (status: number, body: string | Buffer, type = "text/plain; charset=utf-8") => {
      served.push({ path: req.url ?? "", status });
      res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
      res.end(body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return answer(405, "method not allowed");
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      return answer(400, "bad path");
    }
    if (rel.endsWith("/")) rel += "taskpane.html";
    const file = path.resolve(base, `.${rel}`);
    if (!file.startsWith(base + path.sep)) return answer(403, "forbidden");
    fs.readFile(file, (err, body) => {
      if (err) return answer(404, "not found");
      answer(200, body, CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// The Office host: test/sim bundled for the browser

let hostBundle: Promise<string> | undefined;

/** test/e2e/hostEntry.ts bundled by webpack (once per process), as JavaScript text. */
export function officeHostBundle(): Promise<string> {
  hostBundle ??= browserBundle(path.join(ROOT, "test", "e2e", "hostEntry.ts"), "office-host.js");
  return hostBundle;
}

/** A test-side entry (a simulated host) bundled by webpack for the browser, as JavaScript text. */
export async function browserBundle(entry: string, file: string): Promise<string> {
  // Required lazily: a test file that never opens a page does not load webpack.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const webpack = require(require.resolve("webpack", { paths: [ROOT] })) as typeof import("webpack");
  const outDir = path.join(RESULTS, "e2e-host");
  const compiler = webpack({
    mode: "development",
    devtool: false, // development's default is eval, which the page's CSP forbids
    target: "web",
    context: ROOT,
    entry,
    output: { path: outDir, filename: file, iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: require.resolve("ts-loader", { paths: [ROOT] }), options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") } },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<import("webpack").Stats>((resolve, reject) =>
    compiler.run((err, result) => (err || !result ? reject(err ?? new Error("webpack gave no result")) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(`bundling ${path.basename(entry)} failed:\n${stats.toString({ all: false, errors: true })}`);
  return fs.readFileSync(path.join(outDir, file), "utf8");
}

// ---------------------------------------------------------------------------------------------
// Chromium

export const CHROMIUM = process.env.PERFEVAL_CHROMIUM ?? "/usr/bin/chromium";

/** The flags this machine needs: no sandbox as root, and no background traffic to Google. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium through playwright-core; a new user data dir per launch (playwright's own). */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install the Debian package \`chromium\` ` +
        "(apt-get install chromium); the end-to-end tests never download a browser.",
    );
  }
  const { chromium } = require(require.resolve("playwright-core", { paths: [ROOT] })) as typeof import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

// ---------------------------------------------------------------------------------------------
// A task pane page

export interface PresetFill {
  sheet: string;
  address: string;
  color: string;
}

/** What hostEntry.ts builds the simulated workbook from (window.__PERFEVAL_WORKBOOK__). */
export interface PaneWorkbook {
  specs: SheetSpec[];
  /** Office.context.displayLanguage; zh-CN when absent. */
  language?: string;
  /** Fills the user had before the add-in came. */
  fills?: PresetFill[];
  /** The active sheet and its selection when the pane opens. */
  select?: { sheet: string; address: string };
  /** The platform Excel runs on (test/sim/profiles.ts); web when absent. */
  profile?: ProfileName;
  /**
   * Where the page runs: in Excel (the simulator, the default); in a plain browser, where
   * office.js finds no host and resolves Office.onReady with host and platform null
   * (learn.microsoft.com "Initialize your Office Add-in"); or with office.js not loading at all.
   */
  office?: "excel" | "browser" | "unreachable";
  /** Syncs (1 = the page's first) that fail with GeneralException. */
  failingSyncs?: number[];
  /** Custom XML parts the workbook already holds (a configuration stored before). */
  parts?: { namespace: string; xml: string }[];
}

/** What office.js does outside Office: Office.onReady answers, with no host. */
const OFFICE_OUTSIDE = `
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: function (callback) {
      var info = { host: null, platform: null };
      return Promise.resolve().then(function () { if (callback) callback(info); return info; });
    },
  };
`;

export interface Pane {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, CSP violations, failed or outside requests so far. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/** Runs before any script of the page: the workbook for the host, and a CSP violation log. */
function initScript(workbook: unknown): string {
  return `
    window.__PERFEVAL_WORKBOOK__ = ${JSON.stringify(workbook)};
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", function (e) {
      window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " at " + e.sourceFile + ":" + e.lineNumber);
    });
    window.__readyAt = undefined;
    new MutationObserver(function () {
      if (window.__readyAt === undefined && document.body && document.body.dataset.ready === "true") window.__readyAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  `;
}

export interface OpenPaneOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /** Wait for body[data-ready="true"] (default true). */
  waitReady?: boolean;
  /**
   * Another host than Office: a script run before the page's own (as WPS gives its add-in pages the
   * `wps` global), and the page's path on the server (default /taskpane.html).
   */
  host?: { script: string; path: string };
}

/**
 * A new context and page showing dist/taskpane.html with the simulator as Office.js. Office.js's
 * address is answered with the host bundle; any other request off 127.0.0.1 is refused and
 * counted as a problem.
 */
export async function openPane(browser: Browser, server: StaticServer, workbook: PaneWorkbook, options: OpenPaneOptions = {}): Promise<Pane> {
  const host = options.host ? "" : await officeHostBundle();
  const context = await browser.newContext({
    viewport: options.viewport ?? PANE_VIEWPORT,
    deviceScaleFactor: options.deviceScaleFactor ?? PANE_SCALE,
    serviceWorkers: "block",
  });
  const problems: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_ORIGIN)) {
      if (workbook.office === "unreachable") return route.abort("internetdisconnected");
      return route.fulfill({ status: 200, contentType: "application/javascript", body: workbook.office === "browser" ? OFFICE_OUTSIDE : host });
    }
    if (url.startsWith(`${server.origin}/`)) return route.continue();
    problems.push(`request off the machine: ${url}`);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript({ content: initScript(workbook) });
  if (options.host) await context.addInitScript({ content: options.host.script });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    if (!r.url().startsWith(OFFICE_ORIGIN) && r.url().startsWith(server.origin)) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${server.origin}${options.host?.path ?? "/taskpane.html"}`);
  if (options.waitReady !== false) await page.waitForSelector('body[data-ready="true"]', { state: "attached", timeout: 15000 });
  return {
    page,
    context,
    async problems() {
      const csp = page.isClosed() ? [] : ((await page.evaluate("window.__cspViolations || []")) as string[]);
      return [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
    },
    close: () => context.close(),
  };
}

/** Where the screenshots of a run go. */
export function screenshotPath(name: string): string {
  const dir = path.join(RESULTS, "e2e");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

// ---------------------------------------------------------------------------------------------
// The built page

export function builtPage(): string {
  return fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
}

/** An attribute of a tag as html-webpack-plugin may minify it: quoted, single-quoted or bare. */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(tag);
  return m ? m[1] ?? m[2] ?? m[3] : undefined;
}

/** The src of every <script> of the built taskpane.html, in order ("inline" for one without). */
export function pageScripts(html = builtPage()): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attribute(m[0], "src") ?? "inline");
}
