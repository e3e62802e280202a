/**
 * A file a reviewer received → the core's grids, one sheet at a time. xlsx, xlsm and xltx are
 * read by the streaming reader (src/node/xlsx); .xls, WPS .et, .ods and HTML "xls" exports are
 * converted by LibreOffice first. Whatever cannot be read becomes one line for the user.
 */
import * as fs from "fs";
import * as path from "path";
import type { Grid } from "../core/grid";
import { ConversionError, SOFFICE_PACKAGE, convertToXlsx, findSoffice } from "./convert";
import { fileKind } from "./fileKind";
import { InputFile, argumentFile } from "./fileName";
import { MAX_PART_BYTES } from "./xlsx/zip";
import { PackageError, WorkbookSheet, XlsxWorkbook, openXlsx } from "./xlsx/workbook";

/** A file the command line cannot read, with the one line to show the user. */
export class UnreadableFileError extends Error {}

export interface ReadOptions {
  /** The soffice to convert with (PERFEVAL_SOFFICE); undefined: look on PATH; "": none. */
  soffice?: string;
}

export interface OpenedWorkbook {
  file: InputFile;
  /** The xlsx the grids come from: the file itself, or LibreOffice's conversion of it. */
  xlsx: string | Buffer;
  converted: boolean;
  /** The sheets that hold cells, in tab order (chart sheets have none). */
  sheets: WorkbookSheet[];
  grid(sheet: WorkbookSheet): Grid;
  /** The text of the workbook's custom XML parts. */
  customXml(): string[];
  close(): void;
}

const MiB = 1024 * 1024;
const NOT_A_WORKBOOK = "不是 .xlsx 工作簿，也不是 .xls、.et 或 .ods（文件内容不是电子表格）";
const CONVERTED_KINDS = { biff: "旧版 .xls 或 WPS .et 工作簿", markup: "网页或 XML 格式的表格（某些系统导出的 .xls）", ods: "开放文档表格（.ods）" };

function statOf(file: InputFile): fs.Stats {
  try {
    return fs.statSync(file.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableFileError(`找不到文件：${shownPath(file)}`);
    throw new UnreadableFileError(`无法打开文件：${shownPath(file)}（${code ?? (e as Error).message}）`);
  }
}

/** The path as the user knows it (its last part decoded the way fileName does). */
function shownPath(file: InputFile): string {
  if (typeof file.path === "string") return file.path;
  return path.join(path.dirname(file.path.toString("utf8")), path.basename(file.name));
}

export function openWorkbook(input: string | InputFile, options: ReadOptions = {}): OpenedWorkbook {
  const file = typeof input === "string" ? argumentFile(input) : input;
  if (statOf(file).isDirectory()) throw new UnreadableFileError(`这是一个文件夹，不是工作簿：${shownPath(file)}`);
  let kind: ReturnType<typeof fileKind>;
  try {
    kind = fileKind(file.path);
  } catch (e) {
    throw new UnreadableFileError(`无法打开文件：${shownPath(file)}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
  }
  if (kind === "encrypted") {
    throw new UnreadableFileError(`${file.name} 有密码保护：请在 Excel 中取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后另存为 .xlsx`);
  }
  if (kind === "ole-other") throw new UnreadableFileError(`${file.name} 不是工作簿：它是 Word、PowerPoint 或其他 Office 文档`);
  if (kind === "other") throw new UnreadableFileError(`${file.name} ${NOT_A_WORKBOOK}`);
  if (kind === "biff" || kind === "markup") return converted(file, kind, options);
  try {
    return opened(file, file.path, false, openXlsx({ path: file.path }));
  } catch (e) {
    if (e instanceof PackageError && e.reason === "ods") return converted(file, "ods", options);
    throw unreadable(file, e);
  }
}

function converted(file: InputFile, kind: keyof typeof CONVERTED_KINDS, options: ReadOptions): OpenedWorkbook {
  const what = CONVERTED_KINDS[kind];
  const saveAs = /\.et$/i.test(file.name) ? "或在 WPS 中另存为 .xlsx" : "或在 Excel、WPS 中另存为 .xlsx";
  const soffice = findSoffice(options.soffice);
  if (!soffice) {
    throw new UnreadableFileError(
      `${file.name} 是${what}：需要 LibreOffice 转换后检查，本机没有安装。请安装 Debian 软件包 ${SOFFICE_PACKAGE}（apt-get install ${SOFFICE_PACKAGE}），${saveAs}`,
    );
  }
  let conversion: { xlsx: string; remove(): void };
  try {
    conversion = convertToXlsx(file.path, path.extname(file.name) || ".xls", soffice);
  } catch (e) {
    if (e instanceof ConversionError) throw new UnreadableFileError(`${file.name} 是${what}，${e.message}：文件可能已损坏或有密码保护，请${saveAs.slice(1)}`);
    throw e;
  }
  try {
    const workbook = opened(file, conversion.xlsx, true, openXlsx({ path: conversion.xlsx }));
    const close = workbook.close;
    workbook.close = () => {
      close();
      conversion.remove();
    };
    return workbook;
  } catch (e) {
    conversion.remove();
    throw unreadable(file, e);
  }
}

function opened(file: InputFile, xlsx: string | Buffer, wasConverted: boolean, workbook: XlsxWorkbook): OpenedWorkbook {
  const sheets = workbook.worksheets();
  if (workbook.sheets.length === 0) {
    workbook.close();
    throw new UnreadableFileError(`${file.name} 无法读取：工作簿里没有工作表，不是 Excel 写出的文件`);
  }
  return {
    file,
    xlsx,
    converted: wasConverted,
    sheets,
    grid(sheet) {
      try {
        return workbook.grid(sheet);
      } catch (e) {
        throw unreadable(file, e);
      }
    },
    customXml: () => workbook.customXml(),
    close: () => workbook.close(),
  };
}

/** The one line for a package the reader refused. */
function unreadable(file: InputFile, e: unknown): Error {
  if (!(e instanceof PackageError)) return e as Error;
  const where = e.sheet === undefined ? "" : `工作表“${e.sheet}”`;
  switch (e.reason) {
    case "xlsb":
      return new UnreadableFileError(`${file.name} 是 Excel 二进制工作簿（.xlsb）：请在 Excel 中另存为 .xlsx（文件 → 另存为 → Excel 工作簿）`);
    case "other-document":
      return new UnreadableFileError(`${file.name} 不是工作簿：它是${documentKind(e.message)}`);
    case "not-zip":
      return new UnreadableFileError(`${file.name} 无法读取：文件不完整（压缩包缺少目录，可能没有下载或复制完）`);
    case "no-workbook":
      return new UnreadableFileError(`${file.name} 无法读取：压缩包里没有工作表，不是 Excel 工作簿`);
    case "encrypted":
      return new UnreadableFileError(`${file.name} 无法读取：压缩包有密码保护`);
    case "method":
      return new UnreadableFileError(`${file.name} 无法读取：使用了 Excel 不用的压缩方式，请在 Excel 中打开后重新保存`);
    case "too-large":
      return new UnreadableFileError(
        `${file.name} 太大，不像自评表工作簿：${where}${e.message}，超过每个部件 ${MAX_PART_BYTES / MiB} MiB 的上限。请删去与自评表无关的大工作表后再检查`,
      );
    case "forged":
      return new UnreadableFileError(`${file.name} 无法读取：${where}${e.message}，文件已损坏或是恶意构造的压缩包`);
    case "sheet":
      return new UnreadableFileError(`${file.name} 无法读取：${where}${e.message}，文件可能已损坏`);
    default:
      return new UnreadableFileError(`${file.name} 无法读取，文件可能已损坏（${where}${e.message}）`);
  }
}

function documentKind(contentType: string): string {
  if (/wordprocessingml/.test(contentType)) return " Word 文档（.docx）";
  if (/presentationml/.test(contentType)) return " PowerPoint 演示文稿（.pptx）";
  return `其他类型的文件（${contentType || "未知类型"}）`;
}
