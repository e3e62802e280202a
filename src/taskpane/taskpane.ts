/**
 * The task pane: language, tabs, and the four views plus the 模板 section, wired to one
 * shared check session. Starts when Office is ready.
 */
import { connectHost } from "../host";
import { CheckView } from "./checkView";
import { byTestId } from "./dom";
import { CHECKED, CHECK_FAILED, CHECK_STARTED, RUN_CHECK, TEMPLATE_DONE, listen } from "./events";
import { ExportView } from "./exportView";
import { htmlLang, isMessageKey, localeFor, setApplication, setLocale, t } from "./i18n";
import { MappingView } from "./mappingView";
import { CheckSession } from "./session";
import { SettingsView } from "./settingsView";
import { OwnWrites, isAutoRecheck, setAutoRecheck } from "./staleness";
import { StatusLine } from "./status";
import { initTabs } from "./tabs";
import { doneText, initTemplateSection } from "./templateActions";

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

/** Opened outside Excel (a plain browser, or office.js unreachable): say so, and offer no button. */
function showOutside(): void {
  byTestId("outside-office").hidden = false;
  for (const button of Array.from(document.querySelectorAll("button"))) button.disabled = true;
  document.body.dataset.ready = "true";
}

async function start(): Promise<void> {
  const host = await connectHost();
  setLocale(localeFor(host?.info.displayLanguage));
  setApplication(host?.info.kind ?? "excel");
  document.documentElement.lang = htmlLang();
  translatePage(document);
  if (!host) {
    showOutside();
    return;
  }

  const status = new StatusLine(byTestId("status"));
  const session = new CheckSession();
  // The add-in's own writes (fixes, new sheets) are not the user's edits (staleness.ts).
  const own = new OwnWrites();
  const check = new CheckView(session, status, host, own);
  const mapping = new MappingView(status, host);
  const settings = new SettingsView(status, host);
  new ExportView(session, status, host, own);
  initTemplateSection(status, host, own, (sheets) => check.ownSheetsAdded(sheets));
  const auto = byTestId<HTMLInputElement>("setting-auto-recheck");
  auto.checked = isAutoRecheck();
  auto.addEventListener("change", () => setAutoRecheck(auto.checked));

  const tabs = initTabs(byTestId("tablist"), (tab) => {
    mapping.setVisible(tab.id === "tab-mapping");
    if (tab.id === "tab-settings") void settings.refresh();
  });

  // Results of the ribbon's 检查工作簿 (src/commands, same page), shown on the 检查 tab.
  listen(CHECK_STARTED, () => {
    tabs.select("tab-check");
    check.ribbonStarted();
  });
  listen(CHECKED, (result) => {
    session.setResult(result);
    check.announceDone(result);
    check.ribbonFinished();
  });
  listen(CHECK_FAILED, ({ message, code }) => {
    status.error({ message, code });
    check.ribbonFinished();
  });
  // WPS's ribbon (src/wps/pane.ts): the pane's own check, with its progress and 取消.
  listen(RUN_CHECK, () => {
    tabs.select("tab-check");
    void check.check();
  });
  listen(TEMPLATE_DONE, ({ sheet, warnings, message, code }) => {
    if (sheet !== undefined) {
      status.show(doneText("template.inserted", { sheet, warnings: warnings ?? [] }));
      check.ownSheetsAdded([sheet]);
    } else status.error({ message, code });
  });

  document.body.dataset.ready = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void start());
else void start();
