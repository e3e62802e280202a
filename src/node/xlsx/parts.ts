/** The workbook-wide parts the sheets need: the sheet list, shared strings, number formats. */
import { formatCode } from "./numberFormats";
import { Tag, attribute, localName, parseXml } from "./xml";

export type Visibility = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  /** The relationship id of its part in the workbook's relationships. */
  relationship: string;
  visibility: Visibility;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** Dates count from 1904-01-01 (Excel for Mac before 2011). */
  date1904: boolean;
}

/** Elements by their parent, whatever the prefix, so that a `<sheet>` in an extension list is not a sheet. */
function withParents(open: (name: string, parent: string, tag: Tag) => void, extra: { text?(t: string): void; close?(name: string, parent: string): void } = {}) {
  const stack: string[] = [];
  return {
    open(tag: Tag) {
      const name = localName(tag.name);
      open(name, stack[stack.length - 1] ?? "", tag);
      stack.push(name);
    },
    close() {
      const name = stack.pop() ?? "";
      extra.close?.(name, stack[stack.length - 1] ?? "");
    },
    text: extra.text,
    stack,
  };
}

const VISIBILITY: Record<string, Visibility> = { hidden: "hidden", veryhidden: "veryHidden" };
const isTrue = (v: string | undefined) => v === "1" || v === "true";

export function readWorkbookPart(bytes: Uint8Array): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false };
  parseXml(
    bytes,
    withParents((name, parent, tag) => {
      if (name === "workbookPr" && parent === "workbook") part.date1904 = isTrue(attribute(tag, "date1904"));
      if (name === "sheet" && parent === "sheets") {
        part.sheets.push({
          name: attribute(tag, "name") ?? "",
          relationship: attribute(tag, "id") ?? "",
          visibility: VISIBILITY[(attribute(tag, "state") ?? "").toLowerCase()] ?? "visible",
        });
      }
    }),
  );
  return part;
}

/** Excel escapes characters XML cannot hold as `_xHHHH_` in cell text (ST_Xstring, Part 1 §22.9.2.19). */
export function unescapeXstring(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Shared strings: the text of each `<si>`, its runs joined, without phonetic guides (`<rPh>`,
 * furigana that Excel does not show in the cell).
 */
export function readSharedStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  let text = "";
  let inText = false;
  let phonetic = 0;
  const handlers = withParents(
    (name) => {
      if (name === "si") text = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    {
      text(t) {
        if (inText) text += t;
      },
      close(name) {
        if (name === "t") inText = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si") strings.push(unescapeXstring(text));
      },
    },
  );
  parseXml(bytes, handlers);
  return strings;
}

/** The number format code of each cell style (`<cellXfs>` by index, the `s` of a cell); null for General. */
export function readCellFormats(bytes: Uint8Array): (string | null)[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  parseXml(
    bytes,
    withParents((name, parent, tag) => {
      if (name === "numFmt" && parent === "numFmts") custom.set(Number(attribute(tag, "numFmtId")), attribute(tag, "formatCode") ?? "");
      if (name === "xf" && parent === "cellXfs") ids.push(Number(attribute(tag, "numFmtId") ?? 0) || 0);
    }),
  );
  return ids.map((id) => formatCode(id, custom));
}
