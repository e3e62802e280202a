/**
 * 导出检查副本: the workbook as a file with the highlights on and, for that moment only, a first
 * sheet 检查结果 listing the findings with links to their cells. The sheet is deleted again
 * right after Office hands out the file, so the user's workbook ends as it was. Where Office
 * cannot hand out the file, addFindingsSheet keeps the sheet and the user saves a copy.
 */
import { LINK_COLUMN, RESULTS_HEADER, RESULTS_SHEET, linkFormula, resultRows } from "../core/findingsList";
import type { Finding } from "../core/model";
import { uniqueSheetName } from "../core/templateSheet";

export { RESULTS_SHEET as RESULT_SHEET } from "../core/findingsList";

const HEADER = [...RESULTS_HEADER];
const WIDTHS = [140, 60, 60, 170, 520];
/** Rows per write request: small enough for Excel on the web's 5 MB request limit. */
const ROWS_PER_REQUEST = 2000;
const SLICE_SIZE = 4 * 1024 * 1024;

export const findingRows = resultRows;

/**
 * The workbook as Office saves it, with 检查结果 first for the moment the file is taken: 3 syncs
 * (one more per ROWS_PER_REQUEST findings). The caller checked just before, so the highlights are on.
 */
export async function checkedCopyFile(findings: Finding[]): Promise<Uint8Array> {
  return Excel.run(async (context) => {
    const sheet = await addResultsSheet(context, findings);
    let failed = true;
    try {
      const bytes = await compressedFile();
      failed = false;
      return bytes;
    } finally {
      sheet.delete();
      // When the export already failed, that error is the one to report (the sheet may never have been added).
      await context.sync().catch((e) => {
        if (!failed) throw e;
      });
    }
  });
}

/** 检查结果 added first and kept, where no file can be had (the user saves a copy): 2 syncs and more per ROWS_PER_REQUEST. */
export async function addFindingsSheet(findings: Finding[]): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = await addResultsSheet(context, findings);
    sheet.activate();
    sheet.load("name");
    await context.sync();
    return sheet.name;
  });
}

/** A new first sheet listing the findings, written in request-sized row blocks. */
async function addResultsSheet(context: Excel.RequestContext, findings: Finding[]): Promise<Excel.Worksheet> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const name = uniqueSheetName(RESULTS_SHEET, worksheets.items.map((ws) => ws.name));
  const sheet = worksheets.add(name);
  try {
    sheet.position = 0;
    writeHeader(sheet);
    const rows = findingRows(findings);
    for (let start = 0; start < rows.length; start += ROWS_PER_REQUEST) {
      writeRows(sheet, start, rows.slice(start, start + ROWS_PER_REQUEST), findings.slice(start, start + ROWS_PER_REQUEST));
      await context.sync();
    }
    return sheet;
  } catch (e) {
    // Never a half-written list left in the user's workbook (the sheet may not even exist).
    sheet.delete();
    await context.sync().catch(() => undefined);
    throw e;
  }
}

function writeHeader(sheet: Excel.Worksheet): void {
  const header = sheet.getRangeByIndexes(0, 0, 1, HEADER.length);
  header.values = [HEADER];
  header.format.font.bold = true;
  WIDTHS.forEach((width, i) => (sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = width));
  sheet.freezePanes.freezeRows(1);
}

function writeRows(sheet: Excel.Worksheet, start: number, rows: string[][], findings: Finding[]): void {
  const range = sheet.getRangeByIndexes(start + 1, 0, rows.length, HEADER.length);
  // Text format first, so that Excel keeps messages and names as typed (no numbers, no formulas).
  range.numberFormat = rows.map(() => ["@", "General", "@", "@", "@"]);
  range.values = rows;
  if (findings.length) sheet.getRangeByIndexes(start + 1, LINK_COLUMN, findings.length, 1).formulas = findings.map((f) => [linkFormula(f.sheet, f.cell)]);
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Uint8Array.from(data as number[]);
  throw new Error("Office 返回了无法识别的文件数据");
}

/** The document as Office saves it (getFileAsync, Compressed), read slice by slice, the file closed after. */
function compressedFile(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`无法取得工作簿文件：${opened.error?.message ?? ""}`));
        return;
      }
      const file = opened.value;
      const chunks: Uint8Array[] = [];
      const finish = (then: () => void) => file.closeAsync(() => then());
      const next = (index: number): void => {
        if (index >= file.sliceCount) {
          finish(() => resolve(concat(chunks)));
          return;
        }
        file.getSliceAsync(index, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) {
            finish(() => reject(new Error(`读取工作簿文件失败：${slice.error?.message ?? ""}`)));
            return;
          }
          chunks.push(toBytes(slice.value.data));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
