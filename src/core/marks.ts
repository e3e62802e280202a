/**
 * How a finding's cell is marked in the workbook, for each severity: a colour and a fill pattern,
 * so that a clerk who cannot tell FFC7CE from FFEB9C still sees which is which — an error is
 * solid, a warning hatched, a 提示 lightly dotted. The three painters use these and nothing else:
 * the Excel add-in (office/highlights.ts), the WPS host (host/wps/fills.ts) and the command line's
 * checked copy (node/copy/styles.ts).
 */
import type { Severity } from "./model";

/**
 * A fill both hosts can set and give back: Office.js `Range.format.fill` / setCellProperties
 * (`color` is the background, `patternColor` the pattern's: RangeFill, Excel.FillPattern) and WPS's
 * Interior (Pattern, Color, PatternColor: XlPattern). `ooxml` is the same pattern in styles.xml
 * (ST_PatternType: XlPattern's Gray8 "8% gray" is gray0625, LightUp is lightUp).
 */
export interface MarkStyle {
  color: string;
  pattern: "Solid" | "LightUp" | "Gray8";
  /** The pattern's own colour; none for a solid fill. */
  patternColor?: string;
  ooxml: "solid" | "lightUp" | "gray0625";
}

/**
 * Excel's own "bad / neutral / note" cell style colours, familiar to anyone who uses Excel; the
 * hatch and the dots in a darker shade of the same colour, light enough to read the number through.
 */
export const MARKS: Record<Severity, MarkStyle> = {
  error: { color: "#FFC7CE", pattern: "Solid", ooxml: "solid" },
  warning: { color: "#FFEB9C", pattern: "LightUp", patternColor: "#C09100", ooxml: "lightUp" },
  info: { color: "#DDEBF7", pattern: "Gray8", patternColor: "#2F75B5", ooxml: "gray0625" },
};
