/** The text output of `perfeval check`: findings grouped by sheet, then one summary line. */
import type { CheckResult } from "../core/check";
import { countBySeverity } from "../core/check";
import type { Finding, Severity } from "../core/model";
import { KIND_NAMES } from "../core/labels";
import { RULE_NAMES, SEVERITY_NAMES } from "../core/ruleNames";

const ANSI: Record<Severity | "bold" | "dim" | "green", [string, string]> = {
  error: ["\x1b[31m", "\x1b[39m"],
  warning: ["\x1b[33m", "\x1b[39m"],
  info: ["\x1b[36m", "\x1b[39m"],
  green: ["\x1b[32m", "\x1b[39m"],
  bold: ["\x1b[1m", "\x1b[22m"],
  dim: ["\x1b[2m", "\x1b[22m"],
};

export function summaryLine(result: CheckResult): string {
  const count = (kind: string) => result.sheets.filter((s) => s.kind === kind).length;
  const projects = count("project");
  const skipped = count("other");
  const c = countBySeverity(result.findings);
  // Other forms the same users keep are named (layouts.md), not counted among the sheets that are no form.
  const named = (Object.keys(KIND_NAMES) as (keyof typeof KIND_NAMES)[]).filter((k) => count(k)).map((k) => `${count(k)} 张${KIND_NAMES[k]}`);
  const namedText = named.length ? `；${named.join("、")}已识别，暂不检查` : "";
  const skippedText = skipped ? `；${skipped} 个工作表不是自评表，已跳过` : "";
  return `共 ${projects} 个项目：${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 个提示${namedText}${skippedText}`;
}

export function textReport(file: string, result: CheckResult, colour: boolean): string {
  const paint = (style: keyof typeof ANSI, text: string) => (colour ? ANSI[style][0] + text + ANSI[style][1] : text);
  const lines: string[] = [paint("bold", `检查 ${file}`), ""];
  const bySheet = new Map<string, Finding[]>();
  for (const f of result.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
  for (const [sheet, findings] of bySheet) {
    const c = countBySeverity(findings);
    const counts = [
      c.errors && `${c.errors} 个错误`,
      c.warnings && `${c.warnings} 个警告`,
      c.infos && `${c.infos} 个提示`,
    ].filter(Boolean);
    lines.push(paint("bold", `${sheet}`) + paint("dim", `（${counts.join("，")}）`));
    for (const f of findings) {
      const where = f.cell.padEnd(6);
      const severity = paint(f.severity, SEVERITY_NAMES[f.severity]);
      lines.push(`  ${where}${severity}  ${RULE_NAMES[f.rule] ?? f.rule} ${paint("dim", f.rule)}  ${f.message}`);
    }
    lines.push("");
  }
  const summary = summaryLine(result);
  const ok = result.findings.every((f) => f.severity !== "error");
  lines.push(paint(ok ? "green" : "error", summary));
  return lines.join("\n") + "\n";
}
