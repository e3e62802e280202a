/** The text output of `perfeval check`: findings grouped by sheet, then one summary line. */
import type { CheckResult } from "../core/check";
import { countBySeverity } from "../core/check";
import type { Finding, Severity } from "../core/model";
import { RULE_NAMES, SEVERITY_NAMES } from "../core/ruleNames";

const ANSI: Record<Severity | "bold" | "dim" | "green", [string, string]> = {
  error: ["\x1b[31m", "\x1b[39m"],
  warning: ["\x1b[33m", "\x1b[39m"],
  info: ["\x1b[36m", "\x1b[39m"],
  green: ["\x1b[32m", "\x1b[39m"],
  bold: ["\x1b[1m", "\x1b[22m"],
  dim: ["\x1b[2m", "\x1b[22m"],
};

/** What the text needs of a check: the sheets' kinds and the findings (a batch's worker sends no more). */
type Checked = Pick<CheckResult, "findings"> & { sheets: readonly { kind: string }[] };

export function summaryLine(result: Checked): string {
  const projects = result.sheets.filter((s) => s.kind === "project").length;
  const skipped = result.sheets.length - projects;
  const c = countBySeverity(result.findings);
  const skippedText = skipped ? `；${skipped} 个工作表不是自评表，已跳过` : "";
  return `共 ${projects} 个项目：${c.errors} 个错误，${c.warnings} 个警告，${c.infos} 个提示${skippedText}`;
}

export function textReport(file: string, result: Checked, colour: boolean): string {
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
