#!/usr/bin/env node
"use strict";
// The perfeval command: the compiled command line in build/ (npm run build:node makes it).
let cli;
try {
  cli = require("../build/src/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && /build[\\/]src[\\/]cli[\\/]main/.test(e.message)) {
    process.stderr.write("perfeval: 尚未编译，请先在项目目录运行 npm run build:node\n");
    process.exit(2);
  }
  throw e;
}
cli.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
