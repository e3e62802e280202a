/** Message templates filled with a report's data, in Chinese or English (ESLint's messageId + data). */
import type { Cause, Lang, Localized, MessageData } from "../model";

/** `{name}` placeholders filled from data; a placeholder without data stays visible. */
export function fill(template: string, data: MessageData, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(data, name)) return whole;
    const value = data[name];
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** The message's ending that names the findings to fix first: （先修正 E6）. */
export const CAUSES_SUFFIX: Localized = { zh: "（先修正 {cells}）", en: " (fix {cells} first)" };
const CELL_SEPARATOR: Localized = { zh: "、", en: ", " };

export function causesSuffix(causes: readonly Cause[] | undefined, lang: Lang): string {
  if (!causes || causes.length === 0) return "";
  const cells = [...new Set(causes.map((c) => c.cell))].join(CELL_SEPARATOR[lang]);
  return fill(CAUSES_SUFFIX[lang], { cells }, lang);
}

/** The placeholders of a template, for tests that both languages use the same data. */
export function placeholders(template: string): string[] {
  return (template.match(/\{\w+\}/g) ?? []).sort();
}
