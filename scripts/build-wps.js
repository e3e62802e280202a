#!/usr/bin/env node
"use strict";
/**
 * npm run build:wps — the WPS 加载项 in the layout Kingsoft's wpsjs 2.2.3 produces (read from its
 * package: src/lib/build.js, publish.js, debug_xmlplugin.js), without network access:
 *
 *   dist-wps/wps-addon-build/     the add-in folder ("在线插件": put it on a web server)
 *     index.html main.js          the main page: the ribbon's callbacks and the PERF functions (src/wps/main.ts)
 *     ribbon.xml manifest.xml functions.json images/
 *     ui/taskpane.html …          the task pane: the Excel add-in's pane page (src/taskpane) without
 *                                 office.js, on the WPS host (src/wps/pane.ts)
 *   dist-wps/wps-addon-publish/
 *     publish.html                wpsjs's own publish page with our entry: a user opens it in a
 *                                 browser and clicks 安装 (WPS's local service on port 58890 does it)
 *     jsplugins.xml               for an organisation: oem.ini [Server] JSPluginsServer points at it
 *   dist-wps/offline/             "离线插件": perfeval_<version>/ (the same folder) and publish.xml,
 *     install.sh                  copied into the user's jsaddons folder by install.sh (麒麟/统信)
 *
 *   PERFEVAL_WPS_URL=https://host/path/   where the add-in folder is served (default
 *                                         http://127.0.0.1:3889/, the port of `wpsjs debug`)
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "..");
const out = path.join(root, "dist-wps");
const build = path.join(out, "wps-addon-build");
const publish = path.join(out, "wps-addon-publish");
const offline = path.join(out, "offline");
const pkg = require(path.join(root, "package.json"));

/** The add-in's name as WPS lists it: letters, digits and underscores only (wpsjs requires it). */
const NAME = "perfeval";
const NAMESPACE = "PERF";

function addinUrl() {
  const url = process.env.PERFEVAL_WPS_URL || "http://127.0.0.1:3889/";
  if (!/^https?:\/\//.test(url)) throw new Error(`PERFEVAL_WPS_URL 应为 http:// 或 https:// 地址，而不是 ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

const escapeXml = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const OFFICE_SCRIPT = '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

/**
 * The Excel pane's page for WPS: without office.js (WPS has none, and on an intranet without the
 * internet the page would wait for it) and without its origin in the scripts the page may load.
 */
function wpsPanePage() {
  const html = fs.readFileSync(path.join(root, "src/taskpane/taskpane.html"), "utf8");
  if (!html.includes(OFFICE_SCRIPT) || !html.includes("script-src 'self' https://appsforoffice.microsoft.com;")) {
    throw new Error("src/taskpane/taskpane.html 中找不到 office.js 的 <script> 或其 CSP 来源：请同步修改 scripts/build-wps.js");
  }
  return html
    .replace(new RegExp(`\\s*${OFFICE_SCRIPT.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}`), "")
    .replace("script-src 'self' https://appsforoffice.microsoft.com;", "script-src 'self';")
    .replace(/<!-- Scripts only from here and Office's host;[^>]*-->/, "<!-- Scripts only from here; styles may be inline, as in the Excel add-in's page. -->");
}

function bundle() {
  const config = {
    mode: "production",
    devtool: false,
    entry: { main: "./src/wps/main.ts", "ui/taskpane": "./src/wps/pane.ts" },
    output: { path: build, filename: "[name].js", clean: true },
    plugins: [new HtmlWebpackPlugin({ filename: "ui/taskpane.html", templateContent: wpsPanePage(), chunks: ["ui/taskpane"] })],
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true } } }],
    },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

/** Office's functions.json (custom-functions-metadata, from the same JSDoc) in wpsjs's functionsScanner format. */
async function functionsJson() {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const result = await generateCustomFunctionsMetadata(path.join(root, "src/functions/functions.ts"));
  if (result.errors.length) throw new Error(result.errors.join("\n"));
  const type = (t) => ({ number: "number", string: "string", boolean: "bool" })[t] || "any";
  const functions = JSON.parse(result.metadataJson).functions.map((f) => ({
    name: f.id,
    parameters: f.parameters.map((p) => ({ name: p.name, description: p.description || "", type: type(p.type) + (p.optional ? "?" : "") })),
    description: f.description || "",
    result: { type: type(f.result && f.result.type) },
  }));
  return JSON.stringify({ functions }, null, 2);
}

const manifest = () => `<?xml version="1.0" encoding="UTF-8"?>
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>${NAME}</Name>
  <Description>${escapeXml(pkg.description)}</Description>
  <Functions>
    <Uri>/functions.json</Uri>
    <Namespace>${NAMESPACE}</Namespace>
  </Functions>
</JsPlugin>
`;

const indexHtml = () => `<!DOCTYPE html>
<html>
  <meta charset="utf-8">
  <!-- WPS 加载项的入口：WPS 启动时打开本页，ribbon.xml 的回调与 PERF 函数都在 main.js 中。 -->
  <script type="text/javascript" src="./main.js"></script>
</html>
`;

/** wpsjs publish's page, filled in as its publishInner() fills it (one online entry, single user). */
function publishHtml(url) {
  // wpsjs's package "exports" hide its files from require.resolve: read it where npm installs it.
  const page = path.join(root, "node_modules/wpsjs/src/lib/res/publish.html");
  if (!fs.existsSync(page)) throw new Error("找不到 wpsjs 2.2.3 的 publish.html：请先运行 npm install");
  const template = fs.readFileSync(page, "utf8");
  if (!template.includes("PUBLISH_REPLACE_STRING")) throw new Error("wpsjs 的 publish.html 不是 2.2.3 版的格式");
  const entry = [{ name: NAME, addonType: "et", online: "true", multiUser: "false", url, customDomain: "" }];
  return template.replace(/PUBLISH_REPLACE_STRING/, JSON.stringify(entry)).replace(/SERVERID_REPLEASE_STRING/, "undefined");
}

const jspluginsXml = (url) => `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jspluginonline name="${NAME}" type="et" url="${escapeXml(url)}"/>
</jsplugins>
`;

/** What wpsjs's offline build writes into jsaddons next to the folder (its CreatePublishXml). */
const offlinePublishXml = (version) => `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${NAME}" type="et" url="${NAME}_${version}" version="${version}" enable="enable_dev" install="null" customDomain=""/>
</jsplugins>
`;

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) copyDir(path.join(from, e.name), path.join(to, e.name));
    else fs.copyFileSync(path.join(from, e.name), path.join(to, e.name));
  }
}

async function main() {
  const url = addinUrl();
  fs.rmSync(out, { recursive: true, force: true });
  await bundle();
  fs.copyFileSync(path.join(root, "src/wps/ribbon.xml"), path.join(build, "ribbon.xml"));
  fs.writeFileSync(path.join(build, "index.html"), indexHtml());
  fs.writeFileSync(path.join(build, "manifest.xml"), manifest());
  fs.writeFileSync(path.join(build, "functions.json"), await functionsJson());
  fs.copyFileSync(path.join(root, "src/taskpane/taskpane.css"), path.join(build, "ui/taskpane.css"));
  fs.mkdirSync(path.join(build, "images"), { recursive: true });
  for (const icon of fs.readdirSync(path.join(root, "assets")).filter((f) => f.endsWith(".png"))) {
    fs.copyFileSync(path.join(root, "assets", icon), path.join(build, "images", icon));
  }

  fs.mkdirSync(publish, { recursive: true });
  fs.writeFileSync(path.join(publish, "publish.html"), publishHtml(url));
  fs.writeFileSync(path.join(publish, "jsplugins.xml"), jspluginsXml(url));

  const folder = `${NAME}_${pkg.version}`;
  copyDir(build, path.join(offline, folder));
  fs.writeFileSync(path.join(offline, "publish.xml"), offlinePublishXml(pkg.version));
  const install = fs.readFileSync(path.join(root, "src/wps/install.sh"), "utf8").replace(/@FOLDER@/g, folder).replace(/@VERSION@/g, pkg.version);
  fs.writeFileSync(path.join(offline, "install.sh"), install, { mode: 0o755 });
  process.stdout.write(`WPS 加载项已生成：${path.relative(root, out)}/（加载项地址 ${url}）\n`);
}

main().catch((e) => {
  process.stderr.write(`build:wps 失败：${e.message || e}\n`);
  process.exit(1);
});
