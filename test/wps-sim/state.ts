/**
 * The workbook the WPS simulator keeps: plain JSON-serialisable data, in WPS's own terms (BGR
 * colour numbers, XlPattern constants, 1-based visibility constants), so that a test can compare
 * it before and after and "save and reopen" it. Pure TypeScript: it also runs in a browser page.
 * Addresses reuse the Excel simulator's helpers (test/sim/state.ts): A1 keys, 0-based areas.
 */
import type { Area } from "../sim/state";

export type { Area } from "../sim/state";
export { a1, areaA1, columnName, contains, intersects, parseAddress } from "../sim/state";

export type WpsValue = string | number | boolean;

/** A fill as ET keeps it. Absent on a cell = no fill (Pattern xlNone). */
export interface WpsFill {
  /** BGR: red + green·256 + blue·65536. */
  color: number;
  /** XlPattern: 1 solid, -4124 gray 25 %, 4000 linear gradient… */
  pattern: number;
  patternColor?: number;
  /** XlThemeColor 1–12, when the colour comes from the theme; `color` is then derived. */
  themeColor?: number;
  tintAndShade?: number;
  /** A gradient fill (pattern 4000/4001): its stops, kept as given. */
  gradient?: { degree: number; stops: { position: number; color: number }[] };
}

export interface WpsFont {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: number;
}

export interface WpsCell {
  /** Absent = empty. For a formula cell: its cached result (absent when never calculated). */
  value?: WpsValue;
  formula?: string;
  /** Absent = "General". */
  numberFormat?: string;
  fill?: WpsFill;
  font?: WpsFont;
  /** XlBordersIndex → XlLineStyle. */
  borders?: Record<number, number>;
  horizontalAlignment?: number;
  verticalAlignment?: number;
  wrapText?: boolean;
}

export interface WpsValidation {
  area: Area;
  type: number;
  alertStyle: number;
  formula1: string;
  ignoreBlank: boolean;
  inCellDropdown: boolean;
  showError: boolean;
  showInput: boolean;
  errorTitle: string;
  errorMessage: string;
  inputMessage: string;
}

export interface WpsPageSetup {
  orientation: number;
  paperSize: number;
  zoom: number | boolean;
  fitToPagesWide: number | boolean;
  fitToPagesTall: number | boolean;
  printArea: string;
  printTitleRows: string;
  centerHorizontally: boolean;
}

export interface WpsSheet {
  name: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  visible: number;
  protected: boolean;
  /** A1 (no $) → cell; empty cells are absent. */
  cells: Record<string, WpsCell>;
  merges: Area[];
  /** Column index → width in characters; row index → height in points. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  validations: WpsValidation[];
  pageSetup: WpsPageSetup;
  selection: Area;
}

export interface WpsXmlPart {
  id: string;
  xml: string;
}

export interface WpsState {
  sheets: WpsSheet[];
  /** Index into sheets. */
  active: number;
  customXmlParts: WpsXmlPart[];
  names: { name: string; refersTo: string }[];
  /** The workbook's structure is protected (审阅 → 保护工作簿): no sheet added, deleted or renamed; absent = not. */
  structureProtected?: boolean;
}

export function newSheet(name: string): WpsSheet {
  return {
    name, visible: -1, protected: false, cells: {}, merges: [], columnWidths: {}, rowHeights: {}, validations: [],
    pageSetup: {
      orientation: 1, paperSize: 9, zoom: 100, fitToPagesWide: 1, fitToPagesTall: 1, printArea: "", printTitleRows: "",
      centerHorizontally: false,
    },
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
  };
}

/** The Office theme's colours by XlThemeColor (Office 2013+ default theme), as RGB hex. */
const THEME = ["#000000", "#FFFFFF", "#44546A", "#E7E6E6", "#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#0563C1", "#954F72"];

/** A theme colour lightened (tint > 0) or darkened (tint < 0), as Microsoft's TintAndShade describes it. */
export function themeBgr(themeColor: number, tint = 0): number {
  const hex = THEME[themeColor - 1];
  if (!hex) throw new Error(`参数值超出范围：ThemeColor ${themeColor}`);
  const n = parseInt(hex.slice(1), 16);
  const shade = (c: number) => Math.round(tint >= 0 ? c + (255 - c) * tint : c * (1 + tint));
  const [r, g, b] = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff].map(shade);
  return r | (g << 8) | (b << 16);
}
