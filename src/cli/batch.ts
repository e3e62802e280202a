/**
 * `perfeval check FILE… | FOLDER…`: many workbooks at once, in parallel, reported by file (text)
 * or as one JSON document with `files` (report-json.md); checked copies into --out-dir and the
 * reviewer's workbook with --summary. An unreadable file is reported and the batch goes on; the
 * exit status is 2 only when no file could be read.
 */
import * as fs from "fs";
import * as path from "path";
import { SingleBar } from "cli-progress";
import { countBySeverity } from "../core/check";
import type { Finding, Lang } from "../core/model";
import type { ConfigDocuments } from "./config";
import { CheckTask, TaskOutcome, checkFiles, defaultJobs } from "../node/batch";
import { Input, collectInputs } from "../node/inputs";
import { CliError } from "./errors";
import { Io, useColour, writeFileSafely } from "./io";
import { textReport } from "./textReport";

export interface BatchCommandOptions {
  format: "text" | "json";
  lang: Lang;
  /** The folder's and --config's configuration documents (cli/config.ts). */
  configDocuments?: ConfigDocuments;
  outDir?: string;
  summary?: string;
  glob?: string;
  jobs?: string;
}

function parseJobs(text: string | undefined, files: number): number {
  if (text === undefined) return defaultJobs(files);
  const jobs = Number(text);
  if (!/^\d+$/.test(text.trim()) || jobs < 1 || jobs > 256) throw new CliError(`--jobs 应为 1 到 256 之间的整数，收到“${text}”`);
  return jobs;
}

const samePath = (a: string | Buffer, b: string) => path.resolve(a.toString()) === path.resolve(b);

/** Each copy mirrors the file's place below its folder, as .xlsx; two inputs never share one. */
function copyPaths(inputs: Input[], outDir: string): string[] {
  const taken = new Set<string>();
  return inputs.map((input) => {
    const parsed = path.parse(input.relative);
    // A macro workbook or a template keeps its kind (Excel refuses a file whose extension does not match); the rest become .xlsx.
    const ext = /^\.(xlsm|xltx|xltm)$/i.test(parsed.ext) ? parsed.ext.toLowerCase() : ".xlsx";
    let copy = path.join(outDir, parsed.dir, `${parsed.name}${ext}`);
    if (taken.has(copy)) copy = path.join(outDir, parsed.dir, `${parsed.name}${parsed.ext}${ext}`);
    taken.add(copy);
    if (inputs.some((i) => samePath(i.file.path, copy))) {
      throw new CliError(`--out-dir 会覆盖被检查的文件 ${copy}：检查从不改写原文件，请换一个文件夹`);
    }
    return copy;
  });
}

function batchProgress(io: Io, total: number): { update(done: number, name: string): void; stop(): void } {
  if (!io.stderr.isTTY || total < 2) return { update() {}, stop() {} };
  const bar = new SingleBar({ format: "检查工作簿 [{bar}] {value}/{total} {file}", stream: io.stderr as NodeJS.WritableStream, clearOnComplete: true, hideCursor: true });
  bar.start(total, 0, { file: "" });
  return { update: (done, name) => bar.update(done, { file: name }), stop: () => bar.stop() };
}

function batchSummaryLine(outcomes: TaskOutcome[]): string {
  let projects = 0;
  const findings: Finding[] = [];
  for (const o of outcomes) {
    if (!o.ok) continue;
    projects += o.digest.sheets.filter((s) => s.kind === "project").length;
    for (const f of o.digest.findings) findings.push(f);
  }
  const c = countBySeverity(findings);
  const bad = outcomes.filter((o) => !o.ok).length;
  return `共 ${outcomes.length} 个文件${bad ? `（${bad} 个无法读取）` : ""}：${projects} 个项目，${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 个提示`;
}

/**
 * The batch's JSON document, put together from the reports the threads wrote out (a report
 * handed over as text costs a tenth of handing over the check it came from).
 */
function batchDocument(outcomes: TaskOutcome[], indent: number): string {
  const files: string[] = [];
  const unreadable: { file: string; message: string }[] = [];
  const summary = { files: outcomes.length, unreadable: 0, projects: 0, errors: 0, warnings: 0, infos: 0 };
  for (const o of outcomes) {
    if (!o.ok) {
      unreadable.push({ file: o.file.name, message: o.message });
      continue;
    }
    files.push(o.report!);
    const c = countBySeverity(o.digest.findings);
    summary.projects += o.digest.sheets.filter((s) => s.kind === "project").length;
    summary.errors += c.errors;
    summary.warnings += c.warnings;
    summary.infos += c.infos;
  }
  summary.unreadable = unreadable.length;
  const FILES = "\u0001files\u0001";
  const skeleton = JSON.stringify({ schemaVersion: 1, files: [FILES], unreadable, summary }, null, indent || undefined);
  // Each report is nested two levels down: indented as JSON.stringify would have.
  const nested = indent ? files.map((f) => f.replace(/\n/g, `\n${" ".repeat(2 * indent)}`)).join(`,\n${" ".repeat(2 * indent)}`) : files.join(",");
  return skeleton.replace(JSON.stringify(FILES), () => nested);
}

async function writeSummary(file: string, outcomes: TaskOutcome[], tasks: CheckTask[]): Promise<void> {
  const { fileReview, reviewBook } = await import("../core/reviewBook");
  const { reviewWorkbook } = await import("../node/reviewBookWriter");
  const reviews = outcomes.map((o, i) =>
    o.ok ? o.review! : fileReview({ name: o.file.name, target: tasks[i].reviewTarget ?? "", unreadable: o.message }),
  );
  const bytes = new Uint8Array(await reviewWorkbook(reviewBook(reviews)).xlsx.writeBuffer());
  const inputs = tasks.map((t) => t.file.path).filter((p): p is string => typeof p === "string");
  await writeFileSafely(file, bytes, inputs, "--summary 不能是被检查的文件（也不能是它的链接或另一个路径）：检查从不改写原文件，请换一个文件名");
}

/** Where the summary's links open a file: its checked copy when there is one (the reviewer lands on the marks), relative to the summary. */
function reviewTarget(summary: string, input: Input, copy: string | undefined): string {
  const opened = copy ?? (typeof input.file.path === "string" ? input.file.path : path.join(path.dirname(input.file.path.toString()), path.basename(input.file.name)));
  return path.relative(path.dirname(path.resolve(summary)), path.resolve(opened));
}

/** `single`: one file was named, so the JSON is that file's report, as without a batch. */
export async function checkBatch(io: Io, args: string[], options: BatchCommandOptions, single: boolean): Promise<void> {
  const inputs = collectInputs(args, options.glob);
  if (inputs.length === 0) {
    const filter = options.glob ? `符合“${options.glob}”的` : "";
    throw new CliError(`${args.join("、")} 中没有${filter}工作簿（.xlsx、.xlsm、.xls、.et、.ods）`);
  }
  if (options.summary && path.extname(options.summary).toLowerCase() !== ".xlsx") throw new CliError(`--summary 应为 .xlsx 文件：${options.summary}`);
  if (options.summary && inputs.some((i) => samePath(i.file.path, options.summary!))) {
    throw new CliError("--summary 不能是被检查的文件：检查从不改写原文件，请换一个文件名");
  }
  const copies = options.outDir ? copyPaths(inputs, options.outDir) : [];
  for (const copy of new Set(copies.map((c) => path.dirname(c)))) fs.mkdirSync(copy, { recursive: true });
  const tasks: CheckTask[] = inputs.map((input, i) => ({
    file: input.file,
    size: input.size,
    copyTo: copies[i],
    reviewTarget: options.summary ? reviewTarget(options.summary, input, copies[i]) : undefined,
  }));
  const indent = io.stdout.isTTY ? 2 : 0;

  const bar = batchProgress(io, tasks.length);
  let outcomes: TaskOutcome[];
  try {
    outcomes = await checkFiles(tasks, {
      jobs: parseJobs(options.jobs, tasks.length),
      soffice: io.env.PERFEVAL_SOFFICE,
      config: options.configDocuments,
      lang: options.lang,
      json: options.format === "json" ? { indent } : undefined,
      onDone: (done, _total, outcome) => bar.update(done, outcome.file.name),
    });
  } finally {
    bar.stop();
  }

  const readable = outcomes.filter((o) => o.ok);
  if (single && readable.length === 0) throw new CliError((outcomes[0] as { message: string }).message);
  for (const o of outcomes) {
    if (!o.ok) io.stderr.write(`perfeval: ${o.message}\n`);
    else if (o.copyError) io.stderr.write(`perfeval: ${o.copyError}\n`);
  }
  if (readable.length === 0) {
    io.exitCode = 2;
    return;
  }
  if (options.summary) await writeSummary(options.summary, outcomes, tasks);

  if (options.format === "json") {
    const first = outcomes[0];
    io.stdout.write((single && first.ok ? first.report! : batchDocument(outcomes, indent)) + "\n");
  } else {
    const colour = useColour(io, io.stdout);
    for (const o of outcomes) io.stdout.write(o.ok ? textReport(o.file.name, o.digest, colour, options.lang) + "\n" : `检查 ${o.file.name}\n\n  无法读取：${o.message}\n\n`);
    if (!single) io.stdout.write(batchSummaryLine(outcomes) + "\n");
    const written = outcomes.filter((o, i) => o.ok && !o.copyError && tasks[i].copyTo).length;
    if (options.outDir) io.stdout.write(`已写入 ${written} 个标记副本：${options.outDir}\n`);
    if (options.summary) io.stdout.write(`已写入汇总表：${options.summary}\n`);
  }
  io.exitCode = readable.some((o) => o.ok && o.digest.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
