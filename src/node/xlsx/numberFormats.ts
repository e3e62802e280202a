/**
 * Number formats as the reader hands them to the core: a cell's format code, and dates as
 * `YYYY-MM-DD` text (a 完成时间 typed as a date reads as the date, not as serial 45646).
 */

/**
 * The formats Excel does not write into styles.xml (ECMA-376 Part 1 §18.8.30), with the zh-CN
 * codes for the East Asian ids 27–36 and 50–58 that Chinese Excel and WPS write for their date
 * formats. Id 0 (General) is no format at all.
 */
const BUILTIN: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: "m-d-yy", 31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午 h"时"mm"分"', 35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
  50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"', 56: '上午/下午 h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** The format code of a number format id, given the workbook's own codes; null for General. */
export function formatCode(id: number, custom: Map<number, string>): string | null {
  if (id === 0) return null;
  return custom.get(id) || BUILTIN[id] || null;
}

const dateFormats = new Map<string, boolean>();

/**
 * Whether a format shows a number as a date or time: a y, m, d, h or s outside quoted text,
 * escapes (`\h`), padding (`_)`, `*-`) and brackets other than elapsed time (`[h]`, `[mm]`).
 * "General" and the exponent of "0.00E+00" are not dates.
 */
export function isDateFormat(code: string | null): boolean {
  if (!code) return false;
  let known = dateFormats.get(code);
  if (known === undefined) {
    const bare = code
      .replace(/"[^"]*"/g, "")
      .replace(/\\./g, "")
      .replace(/[_*]./g, "")
      .replace(/\[(h+|m+|s+)\]/gi, "h")
      .replace(/\[[^\]]*\]/g, "")
      .replace(/general/gi, "")
      .replace(/e[+-]/gi, "");
    known = /[ymdhs]/i.test(bare);
    dateFormats.set(code, known);
  }
  return known;
}

/** Excel's last date, 9999-12-31, as a 1900-system serial. */
const LAST_SERIAL = 2958465;

/**
 * A date serial as `YYYY-MM-DD`, or undefined where Excel would not show a date (before its
 * first day, past 9999). Serials below 61 count the 1900 leap day Excel keeps (serial 60 is
 * 1900-02-29 there, which no calendar has); they are dated as Excel shows them.
 */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  const days = date1904 ? serial + 1462 : serial;
  if (!(days >= 1 && days < LAST_SERIAL + 1)) return undefined;
  if (!date1904 && days >= 60 && days < 61) return "1900-02-29";
  const shifted = !date1904 && days < 60 ? days + 1 : days;
  const ms = Math.round((shifted - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}
