#!/usr/bin/env node
"use strict";
/**
 * npm test: compile the command line (build/), build the add-ins (dist/, dist-wps/), then run every mocha
 * test and end with one plain line "N passed, N failed" (CI reads it).
 *   npm test -- test/core        only the tests under a path
 *   PERFEVAL_SKIP_BUILD=1        reuse build/, dist/ and dist-wps/ while iterating
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
process.chdir(root);

function step(title, command, args) {
  process.stdout.write(`\n> ${title}\n`);
  const r = spawnSync(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) {
    process.stdout.write(`\n${title} failed\n0 passed, 1 failed\n`);
    process.exit(1);
  }
}

if (!process.env.PERFEVAL_SKIP_BUILD) {
  step("tsc -p tsconfig.node.json (the command line)", process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.node.json"]);
  step("webpack --mode production (the add-in)", process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"]);
  step("build:wps (the WPS add-in)", process.execPath, [path.join(root, "scripts/build-wps.js")]);
}

require("ts-node").register({ transpileOnly: true, project: path.join(root, "tsconfig.json") });
const Mocha = require("mocha");

function testFiles(dir) {
  const stat = fs.statSync(dir);
  if (stat.isFile()) return dir.endsWith(".test.ts") ? [dir] : [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => testFiles(path.join(dir, e.name)));
}

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["test"];
const mocha = new Mocha({ timeout: 60000, reporter: "spec" });
for (const file of roots.flatMap((r) => testFiles(path.resolve(r)))) mocha.addFile(file);

mocha
  .loadFilesAsync()
  .then(() => {
    const runner = mocha.run();
    runner.on("end", () => {
      const { passes = 0, failures = 0 } = runner.stats || {};
      process.stdout.write(`\n${passes} passed, ${failures} failed\n`);
      process.exitCode = failures > 0 ? 1 : 0;
    });
  })
  .catch((e) => {
    process.stdout.write(`${e.stack || e}\n0 passed, 1 failed\n`);
    process.exitCode = 1;
  });
