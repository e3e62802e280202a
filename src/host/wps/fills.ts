/**
 * Cell fills between WPS's Interior (BGR colour numbers, XlPattern constants) and the highlight
 * record's format (src/host/marks.ts CellFill: "#RRGGBB" and Office.js pattern names), so that a
 * highlight record written by either host restores the same fill in the other.
 *
 * A theme colour is kept exactly where WPS reports one: the record then also carries
 * `themeColor` and `tintAndShade` (Excel's reader ignores what it does not know and restores the
 * RGB colour, which looks the same).
 */
import type { CellFill } from "../marks";
import { EtInterior, XL } from "./et";

/** A fill as WPS reports it: Excel's record, with the theme colour it was set from where there is one. */
export type WpsCellFill = CellFill;

/** Office.js FillPattern name → XlPattern, each value proven to be Kingsoft's (wps-jsapi EtXlPattern). */
export const PATTERNS: {
  None: Et.EtXlPattern.xlPatternNone; Solid: Et.EtXlPattern.xlPatternSolid; Gray50: Et.EtXlPattern.xlPatternGray50;
  Gray75: Et.EtXlPattern.xlPatternGray75; Gray25: Et.EtXlPattern.xlPatternGray25; Horizontal: Et.EtXlPattern.xlPatternHorizontal;
  Vertical: Et.EtXlPattern.xlPatternVertical; Down: Et.EtXlPattern.xlPatternDown; Up: Et.EtXlPattern.xlPatternUp;
  Checker: Et.EtXlPattern.xlPatternChecker; SemiGray75: Et.EtXlPattern.xlPatternSemiGray75;
  LightHorizontal: Et.EtXlPattern.xlPatternLightHorizontal; LightVertical: Et.EtXlPattern.xlPatternLightVertical;
  LightDown: Et.EtXlPattern.xlPatternLightDown; LightUp: Et.EtXlPattern.xlPatternLightUp; Grid: Et.EtXlPattern.xlPatternGrid;
  CrissCross: Et.EtXlPattern.xlPatternCrissCross; Gray16: Et.EtXlPattern.xlPatternGray16; Gray8: Et.EtXlPattern.xlPatternGray8;
  LinearGradient: Et.EtXlPattern.xlPatternLinearGradient; RectangularGradient: Et.EtXlPattern.xlPatternRectangularGradient;
} = {
  None: -4142, Solid: 1, Gray50: -4125, Gray75: -4126, Gray25: -4124, Horizontal: -4128, Vertical: -4166, Down: -4121,
  Up: -4162, Checker: 9, SemiGray75: 10, LightHorizontal: 11, LightVertical: 12, LightDown: 13, LightUp: 14, Grid: 15,
  CrissCross: 16, Gray16: 17, Gray8: 18, LinearGradient: 4000, RectangularGradient: 4001,
};
type PatternName = keyof typeof PATTERNS;
const NAMES = new Map<number, PatternName>(Object.entries(PATTERNS).map(([name, n]) => [n, name as PatternName]));

/** "#RRGGBB" → BGR (red + green·256 + blue·65536, VBA's RGB()); undefined when it is not a colour. */
export function bgrOf(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** BGR → "#RRGGBB", as Office.js reports colours. */
export function hexOf(color: number): string {
  const c = Math.max(0, Math.min(0xffffff, Math.round(color)));
  const rgb = ((c & 0xff) << 16) | (c & 0xff00) | ((c >> 16) & 0xff);
  return `#${rgb.toString(16).toUpperCase().padStart(6, "0")}`;
}

/** A theme colour's index, or undefined: reading it where there is none is an error in VBA, so it is caught. */
function themeOf(interior: EtInterior): number | undefined {
  try {
    const t = interior.ThemeColor;
    return typeof t === "number" && Number.isInteger(t) && t >= 1 && t <= 12 ? t : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One cell's fill as a highlight record keeps it. xlNone (or xlAutomatic, the default) is "None"
 * with Excel's #FFFFFF, so the record matches one the Excel add-in would write for the same cell.
 */
export function readFill(interior: EtInterior): WpsCellFill {
  const pattern = interior.Pattern;
  if (pattern === XL.none || pattern === XL.automatic || pattern === null) return { color: "#FFFFFF", pattern: "None", patternColor: null };
  const name = NAMES.get(pattern) ?? "Solid";
  const fill: WpsCellFill = { color: hexOf(interior.Color), pattern: name, patternColor: name === "Solid" ? null : hexOf(interior.PatternColor) };
  const theme = themeOf(interior);
  if (theme !== undefined) {
    fill.themeColor = theme;
    fill.tintAndShade = interior.TintAndShade;
  }
  return fill;
}

/** Puts a recorded fill back: pattern first (it decides what the colours mean), then colour, then pattern colour. */
export function writeFill(interior: EtInterior, fill: WpsCellFill): void {
  const pattern = PATTERNS[fill.pattern as PatternName];
  // No fill first: a mark's pattern colour (host/marks.ts) would otherwise stay behind a solid fill given back.
  interior.Pattern = XL.none;
  if (pattern === undefined || pattern === XL.none) return;
  interior.Pattern = pattern;
  if (fill.themeColor !== undefined) {
    interior.ThemeColor = fill.themeColor;
    interior.TintAndShade = fill.tintAndShade ?? 0;
  } else {
    const color = bgrOf(fill.color);
    if (color !== undefined) interior.Color = color;
  }
  const patternColor = fill.patternColor ? bgrOf(fill.patternColor) : undefined;
  if (pattern !== XL.solid && patternColor !== undefined) interior.PatternColor = patternColor;
}

/** Our highlight: the severity's mark (host/marks.ts): its pattern, its colour, the pattern's colour. */
export function paintFill(interior: EtInterior, mark: { paint: string; pattern?: string; patternColor?: string }): void {
  const pattern = PATTERNS[(mark.pattern ?? "Solid") as PatternName] ?? XL.solid;
  interior.Pattern = pattern;
  interior.Color = bgrOf(mark.paint)!;
  if (pattern !== XL.solid && mark.patternColor) interior.PatternColor = bgrOf(mark.patternColor)!;
}
