/**
 * An xlsx (or xlsm, xltx) package opened for reading: the sheet list first, then one sheet's grid
 * at a time, each streamed from the zip, so that memory holds one sheet, not the workbook.
 */
import { MAX_PART_CHARS } from "../../core/storedData";
import type { Grid } from "../../core/grid";
import { OpcPackage, Relationship, WORKBOOK_CONTENT_TYPES } from "./package";
import { SheetEntry, WorkbookPart, readCellFormats, readSharedStrings, readWorkbookPart } from "./parts";
import { SheetContext, SheetError, SheetReader } from "./sheet";
import { PartDecoder } from "./xml";
import { ZipArchive, ZipError, ZipSource } from "./zip";

export type PackageKind = "xlsx" | "xlsm" | "xltx" | "xltm";

/** Why a package cannot be read as a workbook; readWorkbook turns it into the user's one line. */
export class PackageError extends Error {
  constructor(
    readonly reason: ZipError["reason"] | "xlsb" | "ods" | "other-document" | "no-workbook" | "sheet",
    message: string,
    /** The sheet whose part failed, when one did. */
    readonly sheet?: string,
  ) {
    super(message);
  }
}

export interface WorkbookSheet extends SheetEntry {
  /** Its relationship's type: "worksheet"; "chartsheet", "dialogsheet", "macrosheet" hold no form; undefined when missing. */
  type?: string;
  part?: string;
}

/** Opens the package and reads its sheet list, strings and formats; throws PackageError. */
export function openXlsx(source: ZipSource): XlsxWorkbook {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(source);
  } catch (e) {
    throw packageError(e);
  }
  try {
    return new XlsxWorkbook(zip);
  } catch (e) {
    zip.close();
    throw packageError(e);
  }
}

function packageError(e: unknown): Error {
  if (e instanceof ZipError) return new PackageError(e.reason, e.message);
  if (e instanceof PackageError || e instanceof SheetError) return e;
  // saxes on a damaged relationships, workbook, styles or strings part.
  return new PackageError("damaged", (e as Error).message.split("\n")[0]);
}

export class XlsxWorkbook {
  readonly kind: PackageKind;
  readonly sheets: WorkbookSheet[];
  private readonly opc: OpcPackage;
  private readonly workbookPart: string;
  private readonly workbookRels: Relationship[];
  private readonly info: WorkbookPart;
  private readonly sharedStrings: string[] | undefined;
  private readonly formats: (string | null)[];

  constructor(private readonly zip: ZipArchive) {
    if (zip.entry("mimetype") && zip.entry("content.xml")) throw new PackageError("ods", "OpenDocument spreadsheet");
    this.opc = new OpcPackage(zip);
    const main = this.opc.documentPart();
    if (!main) throw new PackageError("no-workbook", "no officeDocument relationship");
    const kind = main.contentType ? WORKBOOK_CONTENT_TYPES[main.contentType] : "xlsx";
    if (kind === "xlsb") throw new PackageError("xlsb", "binary workbook");
    if (!kind) throw new PackageError("other-document", main.contentType ?? "");
    this.kind = kind;
    this.workbookPart = main.part;
    const entry = zip.entry(main.part);
    if (!entry) throw new PackageError("no-workbook", `missing ${main.part}`);
    this.info = readWorkbookPart(zip.read(entry));
    this.workbookRels = this.opc.relationships(main.part);
    const byId = new Map(this.workbookRels.map((r) => [r.id, r]));
    this.sheets = this.info.sheets.map((sheet) => {
      const rel = byId.get(sheet.relationship);
      return { ...sheet, type: rel?.type, part: rel && !rel.external ? rel.target : undefined };
    });
    const strings = this.related("sharedStrings");
    this.sharedStrings = strings ? readSharedStrings(strings) : undefined;
    const styles = this.related("styles");
    this.formats = styles ? readCellFormats(styles) : [];
  }

  close(): void {
    this.zip.close();
  }

  /** The sheets that hold cells, in tab order: chart, macro and dialog sheets hold no form; a sheet whose relationship is missing is damage, reported when read. */
  worksheets(): WorkbookSheet[] {
    return this.sheets.filter((s) => s.type === undefined || s.type === "worksheet");
  }

  /** The bytes of the workbook's one part of a type (shared strings, styles); undefined when it has none. */
  private related(type: string): Buffer | undefined {
    const rel = this.workbookRels.find((r) => r.type === type && !r.external);
    const entry = rel && this.zip.entry(rel.target);
    return entry ? this.zip.read(entry) : undefined;
  }

  /** One worksheet's grid, streamed from its part; throws PackageError naming the sheet. */
  grid(sheet: WorkbookSheet): Grid {
    const context: SheetContext = {
      name: sheet.name,
      visibility: sheet.visibility,
      sharedStrings: this.sharedStrings,
      formats: this.formats,
      date1904: this.info.date1904,
    };
    const reader = new SheetReader(context);
    const entry = sheet.part && sheet.type === "worksheet" ? this.zip.entry(sheet.part) : undefined;
    if (!entry) throw new PackageError("sheet", `的部件 ${sheet.part ?? sheet.relationship} 不在文件中`, sheet.name);
    try {
      this.zip.inflate(entry, (chunk) => reader.feed(chunk));
      return reader.finish();
    } catch (e) {
      if (e instanceof ZipError) throw new PackageError(e.reason, e.message, sheet.name);
      if (e instanceof SheetError) throw new PackageError("sheet", e.message, sheet.name);
      throw e;
    }
  }

  /**
   * The text of every custom XML part (where the add-in keeps its mapping), related from the
   * workbook as Excel saves them, or from the package root.
   */
  customXml(): string[] {
    const rels = [...this.workbookRels, ...this.opc.relationships("")].filter((r) => r.type === "customXml" && !r.external);
    const texts: string[] = [];
    // In item order (item2 before item10): stored documents are read oldest first.
    const order = (part: string) => Number(/(\d+)\.xml$/i.exec(part)?.[1] ?? Infinity);
    const parts = [...new Set(rels.map((r) => r.target))].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
    for (const part of parts) {
      const entry = this.zip.entry(part);
      // Stored data is untrusted: a part larger than core's cap (at most 4 bytes a character) is never inflated.
      if (entry && entry.size <= MAX_PART_CHARS * 4) texts.push(new PartDecoder().decode(this.zip.read(entry), true));
    }
    return texts;
  }
}

/** Every worksheet's grid of an xlsx (a path, or the file's bytes), in tab order. */
export function xlsxGrids(file: string | Buffer): Grid[] {
  const workbook = openXlsx(typeof file === "string" ? { path: file } : { bytes: file });
  try {
    return workbook.worksheets().map((sheet) => workbook.grid(sheet));
  } finally {
    workbook.close();
  }
}
