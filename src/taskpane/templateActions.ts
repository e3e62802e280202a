/**
 * The 模板 section's actions (插入自评表, 生成汇总表), used by the pane's buttons and the
 * ribbon's 插入自评表 command.
 *
 * TEMPLATE_AVAILABLE stays as the switch that hides the buttons (with a note) in a build
 * without them.
 */
import { buildSummary, insertTemplate } from "../office/template";
import { byTestId } from "./dom";
import { oneLine } from "./errors";
import { t } from "./i18n";
import type { StatusLine } from "./status";

const TEMPLATE_AVAILABLE: boolean = true;

export type TemplateOutcome = { ok: true; sheet: string } | { ok: false; message: string };

async function outcome(action: () => Promise<string>): Promise<TemplateOutcome> {
  try {
    return { ok: true, sheet: await action() };
  } catch (e) {
    return { ok: false, message: oneLine(e) };
  }
}

/** Never throws: the ribbon command must complete its event whatever happens. */
export function runInsertTemplate(): Promise<TemplateOutcome> {
  return outcome(insertTemplate);
}

export function runBuildSummary(): Promise<TemplateOutcome> {
  return outcome(buildSummary);
}

export function templateAvailable(): boolean {
  return TEMPLATE_AVAILABLE;
}

/** The 模板 section's buttons; disabled with a note while the template functions are missing. */
export function initTemplateSection(status: StatusLine): void {
  const insert = byTestId<HTMLButtonElement>("template-insert");
  const summary = byTestId<HTMLButtonElement>("template-summary");
  byTestId("template-unavailable").hidden = TEMPLATE_AVAILABLE;
  const wire = (button: HTMLButtonElement, run: () => Promise<TemplateOutcome>, done: "template.inserted" | "template.summarized") => {
    button.disabled = !TEMPLATE_AVAILABLE;
    button.addEventListener("click", async () => {
      button.disabled = true;
      const result = await run();
      button.disabled = false;
      if (result.ok) status.show(t(done, { sheet: result.sheet }));
      else status.error(result.message);
    });
  };
  wire(insert, runInsertTemplate, "template.inserted");
  wire(summary, runBuildSummary, "template.summarized");
}
