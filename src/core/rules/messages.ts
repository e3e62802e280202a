/** Message templates filled with a report's data, in Chinese or English (ESLint's messageId + data). */
import type { Cause, Lang, Localized, MessageData } from "../model";

/** A template split once at its placeholders: text, name, text, name, …, text. */
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  return parts;
}

/** `{name}` placeholders filled from data; a placeholder without data stays visible. */
export function fill(template: string, data: MessageData, lang: Lang): string {
  // A department's workbook gives thousands of findings: templates are split once, not matched each time.
  const parts = partsOf(template);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const value = Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    text += (value === undefined ? `{${name}}` : typeof value === "object" ? value[lang] : String(value)) + parts[i + 1];
  }
  return text;
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
