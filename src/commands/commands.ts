/**
 * Ribbon commands (shared runtime: this runs in the task pane's page, visible or not).
 * 检查工作簿 checks without the pane and tells the pane through a DOM event; 插入自评表
 * inserts a template sheet. A command never throws and always completes its event.
 */
import { checkWorkbook } from "../host/check";
import { connectHost } from "../host";
import { CHECKED, CHECK_FAILED, CHECK_STARTED, TEMPLATE_DONE, announce, claimCheck, releaseCheck } from "../taskpane/events";
import { oneLine } from "../taskpane/errors";
import { localeFor, setLocale } from "../taskpane/i18n";
import { runInsertTemplate } from "../taskpane/templateActions";

type CommandEvent = { completed?: () => void } | undefined;

function complete(event: CommandEvent): void {
  try {
    event?.completed?.();
  } catch {
    // Completing an event that Office already dropped must not surface as an error.
  }
}

export async function checkWorkbookCommand(event?: CommandEvent): Promise<void> {
  try {
    // A check from the pane is under way: it paints and reports; do not start a second one.
    if (!claimCheck()) return;
    try {
      const host = await connectHost();
      if (!host) throw new Error("请在 Excel 中使用本加载项");
      announce(CHECK_STARTED, {});
      announce(CHECKED, await checkWorkbook(host));
    } catch (e) {
      announce(CHECK_FAILED, { message: oneLine(e) });
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
    const result = host ? await runInsertTemplate(host) : { ok: false as const, message: "请在 Excel 中使用本加载项" };
    announce(TEMPLATE_DONE, result.ok ? { sheet: result.sheet } : { message: result.message });
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
