/**
 * What a file is, from its first bytes (and, for OLE containers, the names of their streams):
 * a file's extension says what its sender called it, not what it holds (an .xls that is an
 * xlsx, a report exported as HTML under .xls, a password-protected .xlsx that is an OLE file).
 */
import * as fs from "fs";

export type FileKind =
  | "zip" // xlsx, xlsm, xlsb, ods, or another zip
  | "encrypted" // an OLE container holding an encrypted xlsx (Excel's password protection)
  | "biff" // any other OLE container: a BIFF workbook (.xls, and WPS's .et, which is built on it)
  | "ole-other" // Word, PowerPoint or another OLE document
  | "markup" // HTML or XML Spreadsheet 2003 that some systems export under .xls
  | "other";

/** OLE stream names, as they are stored in the container's directory (UTF-16LE). */
const STREAM = (name: string) => Buffer.from(name, "utf16le");
/** An encrypted xlsx is a compound file holding these two streams (MS-OFFCRYPTO §2.3.4.4–2.3.4.6). */
const ENCRYPTED = [STREAM("EncryptedPackage"), STREAM("EncryptionInfo")];
const OTHER_DOCUMENTS = [STREAM("WordDocument"), STREAM("PowerPoint Document")];
const SCAN_CHUNK = 1 << 20;

function readHead(fd: number, length: number): Buffer {
  const head = Buffer.alloc(length);
  const n = fs.readSync(fd, head, 0, length, 0);
  return head.subarray(0, n);
}

/** Whether any of the names occurs in the file (OLE directory sectors may sit anywhere in it). */
function holdsAny(fd: number, size: number, names: Buffer[]): boolean {
  const overlap = 64;
  const buffer = Buffer.alloc(SCAN_CHUNK + overlap);
  for (let position = 0; position < size; position += SCAN_CHUNK) {
    const n = fs.readSync(fd, buffer, 0, SCAN_CHUNK + overlap, position);
    const window = buffer.subarray(0, n);
    if (names.some((name) => window.includes(name))) return true;
  }
  return false;
}

export function fileKind(file: fs.PathLike): FileKind {
  const fd = fs.openSync(file, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const head = readHead(fd, 512);
    const magic = head.subarray(0, 4).toString("hex");
    if (magic === "504b0304" || magic === "504b0506") return "zip";
    if (magic === "d0cf11e0") {
      if (holdsAny(fd, size, ENCRYPTED)) return "encrypted";
      // Anything else is left to LibreOffice, which knows the BIFF versions and WPS's variants of them.
      return holdsAny(fd, size, OTHER_DOCUMENTS) ? "ole-other" : "biff";
    }
    const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
    if (/^<(!doctype html|html|table)/.test(text)) return "markup";
    if (text.startsWith("<?xml") && /<(\?mso-application|workbook|html)/.test(text)) return "markup";
    return "other";
  } finally {
    fs.closeSync(fd);
  }
}
