/**
 * The task pane: language, tabs, and the four views plus the 模板 section, wired to one
 * shared check session. Starts when Office is ready.
 */
import { CheckView } from "./checkView";
import { byTestId } from "./dom";
import { CHECKED, CHECK_FAILED, CHECK_STARTED, TEMPLATE_DONE, listen } from "./events";
import { ExportView } from "./exportView";
import { htmlLang, isMessageKey, localeFor, setLocale, t } from "./i18n";
import { MappingView } from "./mappingView";
import { CheckSession } from "./session";
import { SettingsView } from "./settingsView";
import { StatusLine } from "./status";
import { initTabs } from "./tabs";
import { initTemplateSection } from "./templateActions";

/** Static texts carry `data-i18n` (text) and `data-i18n-aria` (aria-label) keys. */
function translatePage(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>("[data-i18n]"))) {
    const key = el.dataset.i18n ?? "";
    if (isMessageKey(key)) el.textContent = t(key);
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>("[data-i18n-aria]"))) {
    const key = el.dataset.i18nAria ?? "";
    if (isMessageKey(key)) el.setAttribute("aria-label", t(key));
  }
  document.title = t("app.title");
}

function start(): void {
  const displayLanguage = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  setLocale(localeFor(displayLanguage));
  document.documentElement.lang = htmlLang();
  translatePage(document);

  const status = new StatusLine(byTestId("status"));
  const session = new CheckSession();
  const check = new CheckView(session, status);
  const mapping = new MappingView(status);
  const settings = new SettingsView(status);
  new ExportView(session, status);
  initTemplateSection(status);

  initTabs(byTestId("tablist"), (tab) => {
    if (tab.id === "tab-mapping") void mapping.refresh();
    if (tab.id === "tab-settings") void settings.refresh();
  });

  // Results of the ribbon's 检查工作簿 (src/commands, same page).
  listen(CHECK_STARTED, () => check.ribbonStarted());
  listen(CHECKED, (result) => {
    session.setResult(result);
    check.announceDone(result);
    check.ribbonFinished();
  });
  listen(CHECK_FAILED, ({ message }) => {
    status.error(message);
    check.ribbonFinished();
  });
  listen(TEMPLATE_DONE, ({ sheet, message }) => {
    if (sheet !== undefined) status.show(t("template.inserted", { sheet }));
    else status.error(message);
  });

  document.body.dataset.ready = "true";
}

if (typeof Office !== "undefined") Office.onReady(() => start());
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
