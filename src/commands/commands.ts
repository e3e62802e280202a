/**
 * Ribbon commands (shared runtime: this runs in the task pane's page, visible or not).
 * 检查工作簿 opens the pane and checks, telling the pane through DOM events, so the result is
 * seen even when the pane was closed; 插入自评表 inserts a template sheet (the pane opens only
 * on trouble). A command never throws and always completes its event.
 */
import { checkWorkbook } from "../host/check";
import { connectHost } from "../host";
import type { SpreadsheetHost } from "../host/types";
import { CHECKED, CHECK_FAILED, CHECK_STARTED, TEMPLATE_DONE, announce, claimCheck, releaseCheck } from "../taskpane/events";
import { oneLine } from "../taskpane/errors";
import { localeFor, setLocale } from "../taskpane/i18n";
import { runInsertTemplate } from "../taskpane/templateActions";

type CommandEvent = { completed?: () => void } | undefined;

/** Excel's error code, which the pane words in its language (taskpane/errors.ts). */
function codeOf(e: unknown): { code?: string } {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code ? { code } : {};
}

function complete(event: CommandEvent): void {
  try {
    event?.completed?.();
  } catch {
    // Completing an event that Office already dropped must not surface as an error.
  }
}

/** Opens the pane, where what the command did is shown: it may have been closed. */
async function showPane(host: SpreadsheetHost): Promise<void> {
  if (!host.info.capabilities.showPane) return;
  await host.showPane().catch(() => undefined);
}

export async function checkWorkbookCommand(event?: CommandEvent): Promise<void> {
  try {
    const host = await connectHost();
    if (!host) return;
    // The pane shows the progress and then the result (or the error), whether or not it was open.
    await showPane(host);
    // A check from the pane is under way: it paints and reports; do not start a second one.
    if (!claimCheck()) return;
    try {
      announce(CHECK_STARTED, {});
      announce(CHECKED, await checkWorkbook(host));
    } catch (e) {
      announce(CHECK_FAILED, { message: oneLine(e), ...codeOf(e) });
    } finally {
      releaseCheck();
    }
  } finally {
    complete(event);
  }
}

export async function insertTemplateCommand(event?: CommandEvent): Promise<void> {
  try {
    const host = await connectHost();
    if (!host) return;
    const result = await runInsertTemplate(host);
    announce(TEMPLATE_DONE, result.ok ? { sheet: result.sheet, warnings: result.warnings } : { message: result.message, ...codeOf(result.error) });
    // The new sheet is on screen; the pane is needed only for what went wrong.
    if (!result.ok || result.warnings.length) await showPane(host);
  } finally {
    complete(event);
  }
}

async function register(): Promise<void> {
  const host = await connectHost();
  const actions = typeof Office !== "undefined" ? Office.actions : undefined;
  if (!host || !actions || typeof actions.associate !== "function") return;
  setLocale(localeFor(host.info.displayLanguage));
  actions.associate("checkWorkbook", checkWorkbookCommand);
  actions.associate("insertTemplate", insertTemplateCommand);
}

void register();
