/**
 * Checking many files: one task per file, run in this thread or spread over worker threads (one
 * per core), results handed back in the order the files were given. A file that cannot be read
 * is a result too, so that a batch goes on past it.
 */
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { CheckResult, SheetResult } from "../core/check";
import { ConfigError } from "../core/config";
import type { Finding, Lang } from "../core/model";
import { toReport } from "../core/report";
import { FileReview, fileReview } from "../core/reviewBook";
import { CheckFileOptions, CopyError, checkFile } from "./checkFile";
import { cleanupConversions } from "./convert";
import type { InputFile } from "./fileName";
import { UnreadableFileError } from "./readWorkbook";

export interface CheckTask {
  file: InputFile;
  /** Its size in bytes: the biggest files are handed out first. */
  size?: number;
  /** Where the checked copy goes (--out-dir), if anywhere. */
  copyTo?: string;
  /** Where the reviewer's workbook links to for this file, when one is written (--summary). */
  reviewTarget?: string;
}

/** What the output needs of a file's check; not the check itself, which is many times larger to hand between threads. */
export interface CheckDigest {
  /** The sheets read, by kind; projects are left out. */
  sheets: Pick<SheetResult, "name" | "kind" | "visibility">[];
  findings: Finding[];
}

export type TaskOutcome =
  | {
      file: InputFile;
      ok: true;
      digest: CheckDigest;
      /** The file's JSON report (report-json.md), already written out, when the batch prints JSON. */
      report?: string;
      /** Its rows of the reviewer's workbook, when one is written. */
      review?: FileReview;
      copyError?: string;
    }
  | { file: InputFile; ok: false; message: string };

/** What every task of a batch produces beside its digest. */
export interface TaskOptions {
  soffice?: string;
  /** The folder's and --config's configuration documents, around each workbook's own. */
  config?: CheckFileOptions["config"];
  /** The language of the messages and reports. */
  lang?: Lang;
  /** Write each file's report as JSON, indented by this much (0: one line). */
  json?: { indent: number };
}

export interface BatchOptions extends TaskOptions {
  /** Threads; 1 checks in this thread, one file after another. */
  jobs: number;
  onDone?: (done: number, total: number, outcome: TaskOutcome) => void;
}

function outcomeOf(task: CheckTask, result: CheckResult, options: TaskOptions): TaskOutcome & { ok: true } {
  const name = task.file.name;
  return {
    file: task.file,
    ok: true,
    digest: { sheets: result.sheets.map((s) => ({ name: s.name, kind: s.kind, ...(s.visibility ? { visibility: s.visibility } : {}) })), findings: result.findings },
    report: options.json ? JSON.stringify(toReport(name, result, options.lang), null, options.json.indent || undefined) : undefined,
    review: task.reviewTarget !== undefined ? fileReview({ name, target: task.reviewTarget, result }) : undefined,
  };
}

/** One file's check as a batch sees it: whatever happens, an outcome, never an exception. */
export async function runTask(task: CheckTask, options: TaskOptions): Promise<TaskOutcome> {
  try {
    const { result } = await checkFile(task.file, { soffice: options.soffice, copyTo: task.copyTo, config: options.config, lang: options.lang });
    return outcomeOf(task, result, options);
  } catch (e) {
    if (e instanceof UnreadableFileError) return { file: task.file, ok: false, message: e.message };
    // The configuration stored in this workbook is not valid: this file cannot be checked as configured.
    if (e instanceof ConfigError) return { file: task.file, ok: false, message: `${task.file.name}：${e.message}` };
    // Checked, but the copy could not be written: the findings still count.
    if (e instanceof CopyError) return { ...outcomeOf(task, e.result, options), copyError: e.message };
    const message = e instanceof Error ? e.message : String(e);
    return { file: task.file, ok: false, message: `${task.file.name}：内部错误：${message.split("\n")[0]}` };
  }
}

/** How many threads to use for `files` files: the machine's cores, no more than there are files. */
export function defaultJobs(files: number): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(files, cores));
}

export async function checkFiles(tasks: CheckTask[], options: BatchOptions): Promise<TaskOutcome[]> {
  const outcomes: TaskOutcome[] = new Array(tasks.length);
  let done = 0;
  const finished = (i: number, outcome: TaskOutcome) => {
    outcomes[i] = outcome;
    options.onDone?.(++done, tasks.length, outcome);
  };
  const jobs = Math.min(options.jobs, tasks.length);
  if (jobs <= 1) {
    for (let i = 0; i < tasks.length; i++) finished(i, await runTask(tasks[i], options));
    cleanupConversions();
    return outcomes;
  }
  // Largest first, so that no thread is left with a big file at the end.
  const order = tasks.map((_, i) => i).sort((a, b) => (tasks[b].size ?? 0) - (tasks[a].size ?? 0));
  let next = 0;
  const take = () => (next < order.length ? order[next++] : undefined);
  // This thread checks files too, beside jobs − 1 workers; each worker holds two files at a time,
  // so that it has the next one while this thread is busy and cannot hand it over.
  const workers = Array.from({ length: jobs - 1 }, startWorker);
  const lane = async (worker: CheckWorker) => {
    for (let i = take(); i !== undefined; i = take()) finished(i, await worker.run(tasks[i], options));
  };
  const lanes = workers.flatMap((worker) => [lane(worker), lane(worker)]);
  for (let i = take(); i !== undefined; i = take()) {
    finished(i, await runTask(tasks[i], options));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(lanes);
  await Promise.all(workers.map((worker) => worker.stop()));
  cleanupConversions();
  return outcomes;
}

interface CheckWorker {
  run(task: CheckTask, options: TaskOptions): Promise<TaskOutcome>;
  stop(): Promise<void>;
}

/** The worker script: compiled JavaScript, or this TypeScript source under ts-node (tests). */
function startWorker(): CheckWorker {
  const script = path.join(__dirname, `worker${path.extname(__filename)}`);
  const worker = script.endsWith(".ts")
    ? new Worker(`require("ts-node").register({ transpileOnly: true }); require(${JSON.stringify(script)});`, { eval: true })
    : new Worker(script);
  const pending = new Map<number, { task: CheckTask; resolve(o: TaskOutcome): void }>();
  let ids = 0;
  let failure: Error | undefined;
  worker.on("message", ({ id, outcome }: { id: number; outcome: TaskOutcome }) => {
    pending.get(id)?.resolve(outcome);
    pending.delete(id);
  });
  const fail = (e: Error) => {
    failure = e;
    for (const p of pending.values()) p.resolve({ file: p.task.file, ok: false, message: `${p.task.file.name}：内部错误：${e.message.split("\n")[0]}` });
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`检查线程意外退出（${code}）`)));
  return {
    run(task, options) {
      // Everything a task needs, and nothing a thread cannot be handed (onDone stays here).
      const { soffice, json, config, lang } = options;
      const sent: TaskOptions = { soffice, json, config, lang };
      if (failure) return runTask(task, sent);
      return new Promise((resolve) => {
        const id = ids++;
        pending.set(id, { task, resolve });
        worker.postMessage({ id, task, options: sent });
      });
    },
    async stop() {
      worker.removeAllListeners("exit");
      if (failure) return;
      // The worker removes its conversion folder, then ends.
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      worker.postMessage({ stop: true });
      const timer = setTimeout(() => void worker.terminate(), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
