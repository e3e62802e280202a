/**
 * The WPS 加载项's main page (index.html loads this as main.js): the ribbon's callbacks, named in
 * ribbon.xml, as globals on window, and the PERF functions registered when the add-in loads.
 * Everything it does goes through the host boundary (src/host/wps/host.ts) and its workflows:
 *
 *   检查工作簿    opens the task pane and has it check (the pane shows progress, result or error)
 *   显示任务窗格  shows the pane, or hides it when it is showing
 *   插入自评表    inserts a blank form; a message only when something went wrong
 */
import { WpsGlobal, wpsGlobal } from "../host/wps/global";
import { registerFunctions } from "../host/wps/functions";
import { wpsHost } from "../host/wps/host";
import { paneUrl, showPane, togglePane } from "../host/wps/taskPane";
import { oneLine } from "../taskpane/errors";
import { localeFor, setApplication, setLocale } from "../taskpane/i18n";
import { doneText, runInsertTemplate } from "../taskpane/templateActions";
import { postPaneRequest } from "./requests";

/** The ribbon's commands by button id (ribbon.xml). */
export const COMMANDS = ["perfevalCheck", "perfevalPane", "perfevalTemplate"] as const;
type Command = (typeof COMMANDS)[number];

/** WPS's add-in API: this page is loaded by WPS, which gives it one (src/host/wps/global.ts). */
function api(): WpsGlobal {
  const found = wpsGlobal();
  if (!found) throw new Error("本页面需要由 WPS 表格作为加载项打开");
  return found;
}

const say = (text: string) => alert(text);
const pane = () => paneUrl(document.location.href);
const host = () => wpsHost(api(), { paneUrl: pane() });

async function insertTemplate(): Promise<void> {
  const h = host();
  setLocale(localeFor(h.info.displayLanguage));
  setApplication("wps");
  const result = await runInsertTemplate(h);
  // The new sheet is on screen; a message only for what went wrong or what WPS refused of it.
  if (!result.ok) say(result.message);
  else if (result.warnings.length) say(doneText("template.inserted", result));
}

const ACTIONS: Record<Command, () => void | Promise<void>> = {
  perfevalCheck: () => {
    // The request first: a pane made just now takes it when it starts.
    postPaneRequest(api(), "check");
    showPane(api(), pane());
  },
  perfevalPane: () => void togglePane(api(), pane()),
  perfevalTemplate: insertTemplate,
};

/** onLoad of ribbon.xml: the first call WPS makes into the add-in. */
export function OnAddinLoad(): boolean {
  const found = wpsGlobal();
  if (found) registerFunctions(found);
  return true;
}

/** onAction of every button; never throws: a failure is one line in a message box. */
export function OnAction(control: { Id: string }): boolean {
  const action = ACTIONS[control.Id as Command];
  if (!action) return false;
  try {
    void Promise.resolve(action()).catch((e) => say(oneLine(e)));
  } catch (e) {
    say(oneLine(e));
  }
  return true;
}

export function GetImage(): string {
  return "images/icon-32.png";
}

Object.assign(globalThis, { OnAddinLoad, OnAction, GetImage });
