/** `perfeval check FILE.xlsx [--format text|json] [--out CHECKED.xlsx] [--config FILE] [--lang zh|en]` */
import * as path from "path";
import { Command, Option } from "commander";
import { SingleBar } from "cli-progress";
import { ConfigError } from "../core/config";
import type { Lang } from "../core/model";
import { toReport } from "../core/report";
import { checkFile } from "../node/checkFile";
import { PartError, checkedCopy, copyExtension } from "../node/writeChecked";
import { CONFIG_FILE, folderConfig, readConfigFile } from "./config";
import { CliError } from "./errors";
import { Io, refuseInputAsOutput, useColour, writeFileSafely } from "./io";
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

/** The checked copy, of the input's kind (.xlsx, .xlsm with its macros, a template), written safely. */
async function writeCopy(file: string, bytes: Uint8Array, result: Parameters<typeof checkedCopy>[2], out: string): Promise<void> {
  const extension = copyExtension(bytes);
  if (path.extname(out).toLowerCase() !== extension) {
    const why = extension === ".xlsm" || extension === ".xltm" ? "输入的工作簿含宏，换成别的扩展名 Excel 会拒绝打开" : "Excel 按扩展名判断文件类型，换成别的扩展名会拒绝打开";
    throw new CliError(`--out 应为 ${extension} 文件（${why}）：${out}`);
  }
  let copy: Uint8Array;
  try {
    copy = checkedCopy(bytes, file, result);
  } catch (e) {
    if (e instanceof PartError) throw new CliError(`无法生成标记副本：${path.basename(file)} 中的 ${e.message}`);
    throw e;
  }
  await writeFileSafely(out, copy, [file], SAME_FILE);
}

export function checkCommand(io: Io): Command {
  return new Command("check")
    .description("检查工作簿中的每张自评表")
    .argument("<FILE.xlsx>", "要检查的工作簿")
    .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json"]).default("text"))
    .option("-o, --out <CHECKED.xlsx>", "另存一份标记了问题单元格的副本（不改动原文件）")
    .option("-c, --config <FILE>", `规则配置文件（默认用当前文件夹中的 ${CONFIG_FILE}，再加上工作簿中保存的配置）`)
    .addOption(new Option("-l, --lang <lang>", "报告的语言").choices(["zh", "en"]).default("zh"))
    .helpOption("-h, --help", "显示帮助")
    .action(async (file: string, options: { format: "text" | "json"; out?: string; config?: string; lang: Lang }) => {
      if (options.out) refuseInputAsOutput(options.out, [file], SAME_FILE);
      // Configuration mistakes are found before the (long) read of the workbook.
      const config = { folder: folderConfig(io), explicit: options.config === undefined ? undefined : readConfigFile(options.config) };
      const bar = progressBar(io);
      let checked;
      try {
        checked = await checkFile(file, { onProgress: bar.update, config, lang: options.lang });
      } catch (e) {
        if (e instanceof ConfigError) throw new CliError(e.message);
        throw e;
      } finally {
        bar.stop();
      }
      const { result, bytes } = checked;
      if (options.out) await writeCopy(file, bytes, result, options.out);
      if (options.format === "json") {
        // Indented for a person at a terminal; one line (40 % smaller) for the program it is piped to.
        const indent = io.stdout.isTTY ? 2 : undefined;
        io.stdout.write(JSON.stringify(toReport(path.basename(file), result, options.lang), null, indent) + "\n");
      } else {
        io.stdout.write(textReport(path.basename(file), result, useColour(io, io.stdout), options.lang));
        if (options.out) io.stdout.write(options.lang === "en" ? `Checked copy written: ${options.out}\n` : `已写入标记副本：${options.out}\n`);
      }
      io.exitCode = result.findings.some((f) => f.severity === "error") ? 1 : 0;
    });
}
