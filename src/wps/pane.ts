/**
 * The WPS task pane (ui/taskpane.html): the findings of the last check, grouped by sheet, each a
 * button that selects its cell; 检查工作簿 and 清除标记. Plain DOM, text only (no innerHTML).
 * The full pane of the Excel add-in (映射 / 检查 / 导出 / 模板) comes to WPS with the host
 * boundary; this one uses src/host/wps directly.
 */
import { countBySeverity } from "../core/check";
import type { Finding, Severity } from "../core/model";
import { checkWorkbook, clearHighlights } from "../host/wps/check";
import { selectCell } from "../host/wps/mapping";
import { oneLine } from "../taskpane/errors";
import { LAST_CHECK, WpsPage, lastCheck, storeCheck } from "./page";

declare const wps: WpsPage;

const LEVEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** The list's lines: one heading per sheet, then its findings in order. */
export function findingGroups(findings: Finding[]): { sheet: string; findings: Finding[] }[] {
  const groups: { sheet: string; findings: Finding[] }[] = [];
  for (const f of findings) {
    const last = groups[groups.length - 1];
    if (last?.sheet === f.sheet) last.findings.push(f);
    else groups.push({ sheet: f.sheet, findings: [f] });
  }
  return groups;
}

export function summaryLine(findings: Finding[]): string {
  if (findings.length === 0) return "未发现问题。";
  const { errors, warnings, infos } = countBySeverity(findings);
  return `${errors} 个错误、${warnings} 个警告、${infos} 个提示`;
}

function render(list: HTMLElement, status: HTMLElement, findings: Finding[]): void {
  list.replaceChildren();
  status.textContent = summaryLine(findings);
  for (const group of findingGroups(findings)) {
    list.append(element("h2", group.sheet));
    for (const f of group.findings) {
      const item = element("button", undefined, `finding ${f.severity}`);
      item.type = "button";
      item.append(element("span", LEVEL[f.severity], "level"), element("span", f.cell, "cell"), element("span", f.message, "message"));
      item.addEventListener("click", () => run(status, () => selectCell(wps.EtApplication(), f.sheet, f.cell)));
      list.append(item);
    }
  }
}

function run(status: HTMLElement, action: () => void): void {
  try {
    action();
  } catch (e) {
    status.textContent = oneLine(e);
  }
}

export function startPane(): void {
  const list = document.getElementById("findings")!;
  const status = document.getElementById("status")!;
  document.getElementById("check")!.addEventListener("click", () =>
    run(status, () => {
      status.textContent = "正在检查…";
      const result = checkWorkbook(wps.EtApplication());
      storeCheck(wps, result.findings);
      render(list, status, result.findings);
    }),
  );
  document.getElementById("clear")!.addEventListener("click", () =>
    run(status, () => {
      const restored = clearHighlights(wps.EtApplication());
      wps.PluginStorage.removeItem(LAST_CHECK);
      render(list, status, []);
      status.textContent = restored ? `已恢复 ${restored} 个单元格原来的填充。` : "没有需要清除的标记。";
    }),
  );
  const findings = lastCheck(wps);
  if (wps.PluginStorage.getItem(LAST_CHECK) !== null) render(list, status, findings);
  else status.textContent = "点击“检查工作簿”检查当前工作簿。";
}

if (typeof document !== "undefined" && document.getElementById("findings")) startPane();
