/**
 * One measured run of the benchmark, in its own process so that peak memory is its own:
 *   node build/scripts/benchChild.js bare FILE    load FILE with ExcelJS alone
 *   node build/scripts/benchChild.js check FILE   perfeval check FILE --format json
 * Prints {"ms": …, "maxRssMiB": …} on stdout.
 */
import ExcelJS from "exceljs";
import { run } from "../src/cli/main";

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  if (mode === "bare") {
    await new ExcelJS.Workbook().xlsx.readFile(file);
  } else if (mode === "check") {
    let bytes = 0;
    const sink = { write: (t: string) => (bytes += t.length) };
    const code = await run(["check", file, "--format", "json"], { stdout: sink, stderr: sink, env: {} });
    if (code === 2 || bytes === 0) throw new Error(`perfeval check failed (exit ${code})`);
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, maxRssMiB }) + "\n");
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
