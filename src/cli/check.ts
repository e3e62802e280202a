/**
 * `perfeval check FILE.xlsx [--format text|json] [--out CHECKED.xlsx] [--config FILE] [--lang zh|en]`,
 * and for many files `perfeval check FILE… | FOLDER… [--glob PATTERN] [--out-dir DIR] [--summary 汇总.xlsx]
 * [--jobs N]` (cli/batch.ts).
 */
import { Command, Option } from "commander";
import { SingleBar } from "cli-progress";
import { ConfigError } from "../core/config";
import type { Lang } from "../core/model";
import { toReport } from "../core/report";
import { CopyError, checkFile } from "../node/checkFile";
import { isFolder } from "../node/inputs";
import { BatchCommandOptions, checkBatch } from "./batch";
import { CONFIG_FILE, ConfigDocuments, folderConfig, readConfigFile } from "./config";
import { CliError } from "./errors";
import { Io, refuseInputAsOutput, useColour } from "./io";
import { textReport } from "./textReport";

const SAME_FILE = "--out 不能是被检查的文件本身（也不能是它的链接或另一个路径）：检查从不改写原文件，请换一个文件名";

/** Below this many sheets a check is too quick for a progress bar to help. */
const PROGRESS_MIN_SHEETS = 10;

function progressBar(io: Io): { update(done: number, total: number): void; stop(): void } {
  if (!io.stderr.isTTY) return { update() {}, stop() {} };
  let bar: SingleBar | undefined;
  return {
    update(done, total) {
      if (total < PROGRESS_MIN_SHEETS) return;
      if (!bar) {
        bar = new SingleBar({
          format: "读取工作表 [{bar}] {value}/{total}",
          stream: io.stderr as NodeJS.WritableStream,
          clearOnComplete: true,
          hideCursor: true,
        });
        bar.start(total, done);
      } else bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}

type CheckCommandOptions = BatchCommandOptions & { out?: string; config?: string };

export function checkCommand(io: Io): Command {
  return new Command("check")
    .description("检查工作簿中的每张自评表；可一次检查多个文件或整个文件夹")
    .argument("<FILE...>", "要检查的工作簿（.xlsx、.xlsm、.xls、.et、.ods）或文件夹")
    .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json"]).default("text"))
    .option("-o, --out <CHECKED.xlsx>", "另存一份标记了问题单元格的副本（不改动原文件；只用于一个文件）")
    .option("--out-dir <DIR>", "把每个文件的标记副本写到这个文件夹")
    .option("--summary <汇总.xlsx>", "写出审核汇总表：每个项目一行、问题清单、按单位和等级统计")
    .option("--glob <PATTERN>", "只检查文件夹中文件名（或相对路径）符合的工作簿，如 \"*2024*\"")
    .option("-j, --jobs <N>", "同时检查的文件数（默认为本机的处理器核数）")
    .option("-c, --config <FILE>", `规则配置文件（默认用当前文件夹中的 ${CONFIG_FILE}，再加上工作簿中保存的配置）`)
    .addOption(new Option("-l, --lang <lang>", "报告的语言").choices(["zh", "en"]).default("zh"))
    .helpOption("-h, --help", "显示帮助")
    .action(async (files: string[], options: CheckCommandOptions) => {
      const single = files.length === 1 && !isFolder(files[0]);
      if (options.out && !single) throw new CliError("--out 只用于一个文件；检查多个文件时请用 --out-dir 指定文件夹");
      // Configuration mistakes are found before the (long) read of the workbooks.
      const config: ConfigDocuments = { folder: folderConfig(io), explicit: options.config === undefined ? undefined : readConfigFile(options.config) };
      if (!single || options.outDir || options.summary) return checkBatch(io, files, { ...options, configDocuments: config }, single);
      await checkOne(io, files[0], options, config);
    });
}

async function checkOne(io: Io, file: string, options: { format: "text" | "json"; out?: string; lang: Lang }, config: ConfigDocuments): Promise<void> {
  if (options.out) refuseInputAsOutput(options.out, [file], SAME_FILE);
  const bar = progressBar(io);
  let checked;
  try {
    checked = await checkFile(file, { onProgress: bar.update, copyTo: options.out, copyOption: "--out", soffice: io.env.PERFEVAL_SOFFICE, config, lang: options.lang });
  } catch (e) {
    if (e instanceof CopyError || e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  } finally {
    bar.stop();
  }
  const { result } = checked;
  const name = checked.file.name;
  if (options.format === "json") {
    // Indented for a person at a terminal; one line (40 % smaller) for the program it is piped to.
    const indent = io.stdout.isTTY ? 2 : undefined;
    io.stdout.write(JSON.stringify(toReport(name, result, options.lang), null, indent) + "\n");
  } else {
    io.stdout.write(textReport(name, result, useColour(io, io.stdout), options.lang));
    if (options.out) io.stdout.write(options.lang === "en" ? `Checked copy written: ${options.out}\n` : `已写入标记副本：${options.out}\n`);
  }
  io.exitCode = result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
