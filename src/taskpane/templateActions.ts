/**
 * The 模板 section's actions (插入自评表, 生成汇总表), used by the pane's buttons and the
 * ribbon's 插入自评表 command.
 *
 * TEMPLATE_AVAILABLE stays as the switch that hides the buttons (with a note) in a build
 * without them.
 */
import { TemplateResult, buildSummary, insertTemplate } from "../host/templates";
import type { SheetWarning, SpreadsheetHost } from "../host/types";
import { byTestId } from "./dom";
import { oneLine } from "./errors";
import { t } from "./i18n";
import type { StatusLine } from "./status";

const TEMPLATE_AVAILABLE: boolean = true;

export type TemplateOutcome = { ok: true; sheet: string; warnings: SheetWarning[] } | { ok: false; message: string };

async function outcome(action: () => Promise<TemplateResult>): Promise<TemplateOutcome> {
  try {
    const { sheet, warnings } = await action();
    return { ok: true, sheet, warnings };
  } catch (e) {
    return { ok: false, message: oneLine(e) };
  }
}

/** Never throws: the ribbon command must complete its event whatever happens. */
export function runInsertTemplate(host: SpreadsheetHost): Promise<TemplateOutcome> {
  return outcome(() => insertTemplate(host));
}

export function runBuildSummary(host: SpreadsheetHost): Promise<TemplateOutcome> {
  return outcome(() => buildSummary(host));
}

/** "已插入…", and when Excel refused the print setup, what the user sets by hand. */
export function doneText(done: "template.inserted" | "template.summarized", result: { sheet: string; warnings: SheetWarning[] }): string {
  const text = t(done, { sheet: result.sheet });
  return result.warnings.length ? `${text}${t("template.printRefused")}` : text;
}

export function templateAvailable(): boolean {
  return TEMPLATE_AVAILABLE;
}

/** The 模板 section's buttons; disabled with a note while the template functions are missing. */
export function initTemplateSection(status: StatusLine, host: SpreadsheetHost): void {
  const insert = byTestId<HTMLButtonElement>("template-insert");
  const summary = byTestId<HTMLButtonElement>("template-summary");
  byTestId("template-unavailable").hidden = TEMPLATE_AVAILABLE;
  const wire = (button: HTMLButtonElement, run: (host: SpreadsheetHost) => Promise<TemplateOutcome>, done: "template.inserted" | "template.summarized") => {
    button.disabled = !TEMPLATE_AVAILABLE;
    button.addEventListener("click", async () => {
      button.disabled = true;
      const result = await run(host);
      button.disabled = false;
      if (result.ok) status.show(doneText(done, result));
      else status.error(result.message);
    });
  };
  wire(insert, runInsertTemplate, "template.inserted");
  wire(summary, runBuildSummary, "template.summarized");
}
