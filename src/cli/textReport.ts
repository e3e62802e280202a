/** The text output of `perfeval check`: findings grouped by sheet, then one summary line. */
import type { CheckResult, SheetResult } from "../core/check";
import { countBySeverity, messageIn } from "../core/check";
import type { Finding, Lang, Severity } from "../core/model";
import { KIND_NAMES } from "../core/labels";
import { RULE_NAMES, RULE_NAMES_EN, SEVERITY_NAMES, SEVERITY_NAMES_EN } from "../core/ruleNames";

const ANSI: Record<Severity | "bold" | "dim" | "green", [string, string]> = {
  error: ["\x1b[31m", "\x1b[39m"],
  warning: ["\x1b[33m", "\x1b[39m"],
  info: ["\x1b[36m", "\x1b[39m"],
  green: ["\x1b[32m", "\x1b[39m"],
  bold: ["\x1b[1m", "\x1b[22m"],
  dim: ["\x1b[2m", "\x1b[22m"],
};

/** The other forms (layouts.md) in English; the Chinese names are core's KIND_NAMES. */
const KIND_NAMES_EN: Record<keyof typeof KIND_NAMES, string> = {
  department: "department-wide forms",
  target: "target forms",
  monitoring: "monitoring forms",
};

const WORDS = {
  zh: {
    checking: (file: string) => `检查 ${file}`,
    counts: (c: { errors: number; warnings: number; infos: number }) =>
      [c.errors && `${c.errors} 个错误`, c.warnings && `${c.warnings} 个警告`, c.infos && `${c.infos} 个提示`].filter(Boolean).join("，"),
    group: (counts: string) => `（${counts}）`,
    // Other forms the same users keep are named (layouts.md), not counted among the sheets that are no form.
    named: (kinds: [keyof typeof KIND_NAMES, number][]) => (kinds.length ? `；${kinds.map(([k, n]) => `${n} 张${KIND_NAMES[k]}`).join("、")}已识别，暂不检查` : ""),
    summary: (projects: number, c: { errors: number; warnings: number; infos: number }, named: string, skipped: number) =>
      `共 ${projects} 个项目：${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 个提示${named}${skipped ? `；${skipped} 个工作表不是自评表，已跳过` : ""}`,
  },
  en: {
    checking: (file: string) => `Checking ${file}`,
    counts: (c: { errors: number; warnings: number; infos: number }) =>
      [c.errors && `${c.errors} errors`, c.warnings && `${c.warnings} warnings`, c.infos && `${c.infos} info`].filter(Boolean).join(", "),
    group: (counts: string) => ` (${counts})`,
    named: (kinds: [keyof typeof KIND_NAMES, number][]) => (kinds.length ? `; ${kinds.map(([k, n]) => `${n} ${KIND_NAMES_EN[k]}`).join(", ")} recognised, not checked yet` : ""),
    summary: (projects: number, c: { errors: number; warnings: number; infos: number }, named: string, skipped: number) =>
      `${projects} projects: ${c.errors} errors, ${c.warnings} warnings, ${c.infos} info${named}${skipped ? `; ${skipped} sheets are not forms and were skipped` : ""}`,
  },
};

/** What the text needs of a check: the sheets' kinds and the findings (a batch's worker sends no more). */
type Checked = Pick<CheckResult, "findings"> & { sheets: readonly Pick<SheetResult, "name" | "kind" | "visibility">[] };

export function summaryLine(result: Checked, lang: Lang = "zh"): string {
  const count = (kind: string) => result.sheets.filter((s) => s.kind === kind).length;
  const w = WORDS[lang];
  const named = (Object.keys(KIND_NAMES) as (keyof typeof KIND_NAMES)[]).filter((k) => count(k)).map((k): [keyof typeof KIND_NAMES, number] => [k, count(k)]);
  return w.summary(count("project"), countBySeverity(result.findings), w.named(named), count("other"));
}

const VISIBILITY_NAMES = {
  zh: { hidden: "隐藏", veryHidden: "深度隐藏" },
  en: { hidden: "hidden", veryHidden: "very hidden" },
} as const;

/** The hidden sheets, checked like the others: the user may not know they are there. */
export function hiddenSheetsLine(result: Checked, lang: Lang = "zh"): string | undefined {
  const names = VISIBILITY_NAMES[lang];
  const hidden = result.sheets
    .filter((s) => s.visibility)
    .map((s) => (s.visibility === "veryHidden" ? (lang === "en" ? `${s.name} (${names.veryHidden})` : `${s.name}（${names.veryHidden}）`) : s.name));
  if (!hidden.length) return undefined;
  return lang === "en" ? `${hidden.length} hidden sheets were checked too: ${hidden.join(", ")}` : `${hidden.length} 个隐藏的工作表也已检查：${hidden.join("、")}`;
}

export function textReport(file: string, result: Checked, colour: boolean, lang: Lang = "zh"): string {
  const w = WORDS[lang];
  const ruleNames = lang === "en" ? RULE_NAMES_EN : RULE_NAMES;
  const severityNames = lang === "en" ? SEVERITY_NAMES_EN : SEVERITY_NAMES;
  const visibility = new Map(result.sheets.map((s) => [s.name, s.visibility]));
  const paint = (style: keyof typeof ANSI, text: string) => (colour ? ANSI[style][0] + text + ANSI[style][1] : text);
  const lines: string[] = [paint("bold", w.checking(file)), ""];
  const bySheet = new Map<string, Finding[]>();
  for (const f of result.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, findings] of bySheet) {
    const hidden = visibility.get(sheet);
    const mark = hidden ? paint("dim", lang === "en" ? ` [${VISIBILITY_NAMES.en[hidden]}]` : `［${VISIBILITY_NAMES.zh[hidden]}］`) : "";
    lines.push(paint("bold", `${sheet}`) + mark + paint("dim", w.group(w.counts(countBySeverity(findings)))));
    for (const f of findings) {
      const where = f.cell.padEnd(6);
      const severity = paint(f.severity, severityNames[f.severity]);
      lines.push(`  ${where}${severity}  ${ruleNames[f.rule] ?? f.rule} ${paint("dim", f.rule)}  ${messageIn(f, lang)}`);
    }
    lines.push("");
  }
  const hiddenLine = hiddenSheetsLine(result, lang);
  if (hiddenLine) lines.push(paint("dim", hiddenLine));
  const summary = summaryLine(result, lang);
  const ok = result.findings.every((f) => f.severity !== "error");
  lines.push(paint(ok ? "green" : "error", summary));
  return lines.join("\n") + "\n";
}
