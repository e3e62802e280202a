/**
 * The 模板 section's actions (插入自评表, 生成汇总表), used by the pane's buttons and the
 * ribbon's 插入自评表 command. 生成汇总表 asks before it replaces a 汇总 sheet that holds anything
 * the add-in did not write. The sheets written are the add-in's own (no 可能已过期 for them); a new
 * form is checked (one 未填写) when the pane shows a result.
 *
 * TEMPLATE_AVAILABLE stays as the switch that hides the buttons (with a note) in a build
 * without them.
 */
import { SummaryCancelled, SummaryChoice, SummaryExisting, TemplateResult, buildSummary, insertTemplate } from "../host/templates";
import type { SheetWarning, SpreadsheetHost } from "../host/types";
import { byTestId } from "./dom";
import { oneLine } from "./errors";
import { t } from "./i18n";
import type { OwnWrites } from "./staleness";
import type { StatusLine } from "./status";

const TEMPLATE_AVAILABLE: boolean = true;

export type TemplateOutcome =
  | { ok: true; sheet: string; warnings: SheetWarning[]; added: string[] }
  | { ok: false; message: string; error: unknown; cancelled?: boolean };

async function outcome(action: () => Promise<TemplateResult>): Promise<TemplateOutcome> {
  try {
    const { sheet, warnings, added } = await action();
    return { ok: true, sheet, warnings, added };
  } catch (e) {
    return { ok: false, message: oneLine(e), error: e, ...(e instanceof SummaryCancelled ? { cancelled: true } : {}) };
  }
}

/** Never throws: the ribbon command must complete its event whatever happens. */
export function runInsertTemplate(host: SpreadsheetHost): Promise<TemplateOutcome> {
  return outcome(() => insertTemplate(host));
}

export function runBuildSummary(host: SpreadsheetHost, onExisting?: (existing: SummaryExisting) => Promise<SummaryChoice>): Promise<TemplateOutcome> {
  return outcome(() => buildSummary(host, { onExisting }));
}

/** "已插入…", and when Excel refused the print setup, what the user sets by hand. */
export function doneText(done: "template.inserted" | "template.summarized", result: { sheet: string; warnings: SheetWarning[] }): string {
  const text = t(done, { sheet: result.sheet });
  return result.warnings.length ? `${text}${t("template.printRefused")}` : text;
}

export function templateAvailable(): boolean {
  return TEMPLATE_AVAILABLE;
}

/** Asks in the pane whether to replace an old 汇总 (替换 / 另建新表 / 取消); the focus goes to the choice that loses nothing. */
function askAboutSummary(existing: SummaryExisting): Promise<SummaryChoice> {
  const box = byTestId("summary-ask");
  byTestId("summary-ask-text").textContent = existing.known
    ? t("summary.ask", { sheet: existing.sheet, cells: existing.userCells.join("、") })
    : t("summary.askUnknown", { sheet: existing.sheet });
  box.hidden = false;
  const buttons: [string, SummaryChoice][] = [["summary-replace", "replace"], ["summary-keep", "keep"], ["summary-cancel", "cancel"]];
  byTestId<HTMLButtonElement>("summary-keep").focus();
  return new Promise((resolve) => {
    const handlers = buttons.map(([id, choice]) => {
      const button = byTestId<HTMLButtonElement>(id);
      const handler = () => {
        box.hidden = true;
        buttons.forEach(([other], i) => byTestId(other).removeEventListener("click", handlers[i]));
        resolve(choice);
      };
      button.addEventListener("click", handler);
      return handler;
    });
  });
}

/** The 模板 section's buttons; disabled with a note while the template functions are missing. */
export function initTemplateSection(status: StatusLine, host: SpreadsheetHost, own: OwnWrites, onSheetsAdded: (sheets: string[]) => void): void {
  const insert = byTestId<HTMLButtonElement>("template-insert");
  const summary = byTestId<HTMLButtonElement>("template-summary");
  byTestId("template-unavailable").hidden = TEMPLATE_AVAILABLE;
  const wire = (button: HTMLButtonElement, run: () => Promise<TemplateOutcome>, done: "template.inserted" | "template.summarized") => {
    button.disabled = !TEMPLATE_AVAILABLE;
    button.addEventListener("click", async () => {
      button.disabled = true;
      const result = await own.around(run, (r) => (r.ok ? r.added.map((sheet) => ({ sheet })) : []));
      button.disabled = false;
      if (result.ok) {
        status.show(doneText(done, result));
        if (done === "template.inserted") onSheetsAdded([result.sheet]);
      } else if (result.cancelled) status.show(t("summary.cancelled", { sheet: (result.error as SummaryCancelled).sheet }));
      else status.error(result.error);
    });
  };
  wire(insert, () => runInsertTemplate(host), "template.inserted");
  wire(summary, () => runBuildSummary(host, askAboutSummary), "template.summarized");
}
