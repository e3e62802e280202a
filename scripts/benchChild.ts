/**
 * One measured run of the benchmark, in its own process so that peak memory is its own:
 *   node build/scripts/benchChild.js bare FILE          load FILE with ExcelJS alone
 *   node build/scripts/benchChild.js check ARG…         perfeval check ARG… --format json
 *   node build/scripts/benchChild.js spin 1|2           two units of pure arithmetic on one thread or two:
 *                                                      whether this run of the bench had a second core to give
 * Prints {"ms", "maxRssMiB", "code", "stderr", "projects"} on stdout. Peak memory is the
 * process's, worker threads included.
 */
import { Worker } from "worker_threads";
import { run } from "../src/cli/main";

const SPIN = `let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7;`;

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  let code = 0;
  let stderr = "";
  let stdout = "";
  if (mode === "bare") {
    // Loaded here, not at the top: a check must not pay for loading ExcelJS, and does not.
    const { default: ExcelJS } = await import("exceljs");
    await new ExcelJS.Workbook().xlsx.readFile(args[0]);
  } else if (mode === "check") {
    code = await run(["check", ...args, "--format", "json"], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
    });
  } else if (mode === "spin") {
    if (args[0] === "2") {
      const other = new Worker(`${SPIN} require("worker_threads").parentPort.postMessage(x);`, { eval: true });
      const done = new Promise((resolve) => other.once("message", resolve));
      new Function(SPIN)();
      await done;
      await other.terminate();
    } else {
      new Function(SPIN)();
      new Function(SPIN)();
    }
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  let projects: number | undefined;
  if (stdout) {
    const report = JSON.parse(stdout) as { summary: { projects: number } };
    projects = report.summary.projects;
  }
  process.stdout.write(JSON.stringify({ ms, maxRssMiB, code, stderr: stderr.trim(), projects }) + "\n");
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
