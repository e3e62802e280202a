/**
 * `perfeval template --out FILE.xlsx [--rows N]`: a blank standard form.
 * `perfeval template --from WORKBOOK.xlsx --out FILE.xlsx`: every form of a workbook rebuilt
 * on the standard form, plus the 汇总 sheet. The input is only read.
 */
import * as path from "path";
import { Command } from "commander";
import { convertSheets } from "../core/summary";
import { DEFAULT_ROWS, MAX_ROWS, templateForm } from "../core/template";
import { checkFile } from "../node/checkFile";
import { CliError } from "./errors";
import { Io, processIo, refuseInputAsOutput, writeFileSafely } from "./io";

const SAME_FILE = "--out 不能是输入的工作簿本身（也不能是它的链接或另一个路径）：原文件从不改写，请换一个文件名";

interface TemplateOptions {
  out?: string;
  rows?: string;
  from?: string;
}

function parseRows(text: string | undefined): number {
  if (text === undefined) return DEFAULT_ROWS;
  const rows = Number(text);
  if (!/^\d+$/.test(text.trim()) || rows < 1 || rows > MAX_ROWS) {
    throw new CliError(`--rows 应为 1 到 ${MAX_ROWS} 之间的整数，收到“${text}”`);
  }
  return rows;
}

export function templateCommand(io: Io = processIo()): Command {
  return new Command("template")
    .description("生成标准自评表模板（公式、下拉列表、打印设置），或把工作簿中的自评表按模板重建")
    .option("-o, --out <FILE.xlsx>", "写入的工作簿（必填）")
    .option("-r, --rows <N>", `空白模板的指标行数（默认 ${DEFAULT_ROWS}）`)
    .option("--from <WORKBOOK.xlsx>", "按模板重建这个工作簿中的每张自评表，并生成汇总表（不改动原文件）")
    .helpOption("-h, --help", "显示帮助")
    .action(async (options: TemplateOptions) => {
      const out = options.out;
      if (!out) throw new CliError("请用 --out 指定要写入的 .xlsx 文件");
      if (path.extname(out).toLowerCase() !== ".xlsx") throw new CliError(`--out 应为 .xlsx 文件：${out}`);
      let sheets;
      let done: string;
      if (options.from !== undefined) {
        if (options.rows !== undefined) throw new CliError("--rows 只用于空白模板：按模板重建时，指标行数与原表相同");
        refuseInputAsOutput(out, [options.from], SAME_FILE);
        const { result, grids } = await checkFile(options.from, { keepGrids: true, soffice: io.env.PERFEVAL_SOFFICE });
        const book = convertSheets(result.sheets, grids);
        if (book.forms.length === 0) throw new CliError(`${path.basename(options.from)} 中没有找到自评表`);
        if (book.skipped.length) {
          io.stderr.write(`perfeval: 跳过 ${book.skipped.length} 张不是自评表的工作表：${book.skipped.join("、")}\n`);
        }
        sheets = [book.summary, ...book.forms];
        done = `已写入 ${out}：${book.forms.length} 张按模板重建的自评表和汇总表`;
      } else {
        const rows = parseRows(options.rows);
        sheets = [templateForm({ rows })];
        done = `已写入空白模板 ${out}（${rows} 行指标）`;
      }
      // ExcelJS is loaded only to write: reading and checking never need it.
      const { templateWorkbook } = await import("../node/templateWriter");
      const bytes = new Uint8Array(await templateWorkbook(sheets).xlsx.writeBuffer());
      await writeFileSafely(out, bytes, options.from !== undefined ? [options.from] : [], SAME_FILE);
      io.stdout.write(`${done}\n`);
    });
}
