/**
 * The add-in bundle (dist/), shaped like the yo office "Excel Custom Functions, shared runtime"
 * template: one page, taskpane.html, loads the task pane, the PERF.* functions and the ribbon
 * commands, because the shared runtime runs all three in that page.
 *
 *   npx webpack --mode production     dist/ for deployment (PERFEVAL_URL=https://host/path/
 *                                      rewrites the manifest's https://localhost:3000/ URLs)
 *   npm run dev-server                https://localhost:3000 with the office-addin-dev-certs
 *                                      certificate (needed only here, not for a build)
 */
/* eslint-env node */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";
const DEV_URL = `${DEV_ORIGIN}/`;
const DEV_PORT = 3000;

/** Where the production add-in is served: PERFEVAL_URL, or localhost when it is not set. */
function deploymentUrl() {
  const url = process.env.PERFEVAL_URL;
  if (!url) return DEV_URL;
  if (!/^https:\/\//.test(url)) throw new Error(`PERFEVAL_URL must be an https:// URL (Office requires it), not ${url}`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest with every localhost URL moved to `base`; AppDomain takes base's origin. */
function rewriteManifest(xml, base) {
  if (base === DEV_URL) return xml;
  return xml.split(DEV_URL).join(base).split(DEV_ORIGIN).join(new URL(base).origin);
}

async function httpsOptions() {
  // Required lazily: it installs or reads the dev certificate, which a build does not need.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const watching = serving || Boolean(env && env.WEBPACK_WATCH);
  const base = production ? deploymentUrl() : DEV_URL;

  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      // The ribbon commands run in the same shared runtime as the pane: one bundle, so they share
      // the office layer (one check at a time, one set of highlights) and the JS is not shipped twice.
      taskpane: ["./src/taskpane/taskpane.ts", "./src/commands/commands.ts"],
      // Outside Office there is no CustomFunctions: a stand-in first, so functions.js loads quietly.
      functions: ["./src/host/customFunctionsOutside.ts", "./src/functions/functions.ts"],
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Write every file on every build, so dist/'s times say when it was built (the tests
      // compare the build with the sources only when dist/ is newer than they are).
      compareBeforeEmit: false,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // A build fails on type errors in the files it bundles (not tests or Node-only
            // modules). The dev server and --watch only transpile: on a rebuild, ts-loader
            // type-checks with the CustomFunctions.associate lines that
            // custom-functions-metadata-plugin appends to functions.ts and reports them as
            // errors in other files. `npm run typecheck` covers what they skip.
            // ES modules for webpack (tsconfig.json's commonjs is Node's): import() then makes a chunk of its own.
            options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true, transpileOnly: watching, compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      // Writes functions.json from the JSDoc of functions.ts and appends the
      // CustomFunctions.associate(id, function) calls to that module in the bundle.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // taskpane.html links its style sheet; there is no CSS loader, so it is copied as is.
          { from: "src/taskpane/taskpane.css", to: "taskpane.css", noErrorOnMissing: true },
          {
            from: "manifest.xml",
            to: "[name][ext]",
            transform: (content) => rewriteManifest(content.toString(), base),
          },
        ],
      }),
    ],
    // All of core minifies to about 50 KiB and functions.js to under 10 KiB; a script
    // above 256 KiB means something large (ExcelJS is about 1 MiB, a Node polyfill) was
    // pulled into the browser by mistake.
    performance: {
      hints: production ? "warning" : false,
      maxAssetSize: 256 * 1024,
      maxEntrypointSize: 256 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
