/** How the template's cells look, as data both writers (ExcelJS, Office.js) apply the same way. */

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; the body is 10. */
  size: number;
  /** ARGB. */
  color?: string;
  horizontal: "left" | "center" | "right";
  vertical: "top" | "middle";
  wrap: boolean;
  /** "@" keeps typed text as text (a target like `=42.00(期)` is not a formula). */
  numFmt?: string;
  /** ARGB background. */
  fill?: string;
}

/** The font official forms use; LibreOffice substitutes a CJK serif where it is missing. */
export const FONT_NAME = "宋体";
export const BODY_SIZE = 10;
/** Computed cells: light grey, so nobody types over a formula. */
export const COMPUTED_FILL = "FFF2F2F2";
/** A converted cell whose source stated another value (Excel's own "neutral" amber). */
export const DIFFERS_FILL = "FFFFEB9C";

const base = { size: BODY_SIZE, vertical: "middle", wrap: true } as const;

const STYLE_TABLE = {
  title: { ...base, size: 16, bold: true, horizontal: "center", wrap: false },
  yearLine: { ...base, size: 11, horizontal: "center", wrap: false, numFmt: "@" },
  label: { ...base, horizontal: "center" },
  header: { ...base, bold: true, horizontal: "center" },
  text: { ...base, horizontal: "left", numFmt: "@" },
  textCenter: { ...base, horizontal: "center", numFmt: "@" },
  longText: { ...base, horizontal: "left", vertical: "top", numFmt: "@" },
  center: { ...base, horizontal: "center", numFmt: "@" },
  amount: { ...base, horizontal: "right", numFmt: "0.00" },
  score: { ...base, horizontal: "center", numFmt: "0.00" },
  dash: { ...base, horizontal: "center", numFmt: "@" },
  computed: { ...base, horizontal: "right", numFmt: "0.00", fill: COMPUTED_FILL },
  computedLeft: { ...base, horizontal: "left", fill: COMPUTED_FILL },
  computedPercent: { ...base, horizontal: "right", numFmt: "0.00%", fill: COMPUTED_FILL },
  count: { ...base, horizontal: "center", numFmt: "0" },
  computedCount: { ...base, horizontal: "center", numFmt: "0", fill: COMPUTED_FILL },
  computedText: { ...base, bold: true, horizontal: "center", fill: COMPUTED_FILL },
  // Overflows to the right instead of wrapping: a note never makes the form's row taller.
  note: { ...base, size: 9, italic: true, color: "FF9C5700", horizontal: "left", wrap: false },
} satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLE_TABLE;
export const STYLES: Record<StyleName, CellStyle> = STYLE_TABLE;

/** Points per line of 10-point text, and the padding of a row. */
const LINE = 13.5;
const PADDING = 6;
/** Excel's maximum row height. */
const MAX_HEIGHT = 409;

/** Display width in Excel's column units: a 10-point CJK character is a little under two digits wide. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1.8 : 1;
  return w;
}

/** A row height that shows `text` wrapped in a cell `width` characters wide (merged cells do not auto-fit). */
export function estimateHeight(text: string | null | undefined, width: number): number {
  if (!text) return LINE + PADDING;
  const usable = Math.max(4, width - 1);
  const lines = text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
  return Math.min(MAX_HEIGHT, Math.ceil(lines * LINE + PADDING));
}
