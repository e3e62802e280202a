/**
 * The WPS 加载项's page (index.html loads this as main.js): the ribbon's callbacks, named in
 * ribbon.xml, as globals on window, and the PERF functions registered when the add-in loads.
 * Everything it does to the workbook goes through src/host/wps; it only tells the user.
 */
import { countBySeverity } from "../core/check";
import { checkWorkbook, clearHighlights } from "../host/wps/check";
import type { EtApplication } from "../host/wps/et";
import { WpsGlobal, registerFunctions } from "../host/wps/functions";
import { insertTemplate } from "../host/wps/template";
import { oneLine } from "../taskpane/errors";
import { LAST_CHECK, PANE_ID, WpsPage, storeCheck } from "./page";

/** The ribbon's commands by button id (ribbon.xml). */
export const COMMANDS = ["perfevalCheck", "perfevalClear", "perfevalPane", "perfevalTemplate"] as const;
type Command = (typeof COMMANDS)[number];

declare const wps: WpsPage & WpsGlobal;

const app = (): EtApplication => wps.EtApplication();
const say = (text: string) => alert(text);

/** The folder the add-in was loaded from, as wpsjs's GetUrlPath gives it. */
const baseUrl = () => document.location.href.replace(/\/[^/]*([?#].*)?$/, "");

function togglePane(): void {
  const id = wps.PluginStorage.getItem(PANE_ID);
  const existing = id ? wps.GetTaskPane(Number(id)) : undefined;
  if (existing) {
    existing.Visible = !existing.Visible;
    return;
  }
  const pane = wps.CreateTaskPane(`${baseUrl()}/ui/taskpane.html`, "绩效自评助手");
  wps.PluginStorage.setItem(PANE_ID, String(pane.ID));
  pane.Visible = true;
}

const ACTIONS: Record<Command, () => void> = {
  perfevalCheck: () => {
    const result = checkWorkbook(app());
    storeCheck(wps, result.findings);
    const forms = result.sheets.filter((s) => s.kind === "project").length;
    const { errors, warnings, infos } = countBySeverity(result.findings);
    say(forms === 0 ? "没有找到自评表：工作表中没有“项目名称”以及资金或指标表头。"
      : `检查完成：${forms} 张自评表，${errors} 个错误、${warnings} 个警告、${infos} 个提示。问题单元格已按级别填色，点击“清除标记”恢复原来的填充。`);
  },
  perfevalClear: () => {
    const restored = clearHighlights(app());
    wps.PluginStorage.removeItem(LAST_CHECK);
    say(restored ? `已恢复 ${restored} 个单元格原来的填充。` : "没有需要清除的标记。");
  },
  perfevalPane: togglePane,
  perfevalTemplate: () => {
    const sheet = insertTemplate(app());
    say(`已插入自评表“${sheet}”。`);
  },
};

/** onLoad of ribbon.xml: the first call WPS makes into the add-in. */
export function OnAddinLoad(): boolean {
  registerFunctions(wps);
  return true;
}

/** onAction of every button; never throws: a failure is one line in a message box. */
export function OnAction(control: { Id: string }): boolean {
  const action = ACTIONS[control.Id as Command];
  if (!action) return false;
  try {
    action();
  } catch (e) {
    say(oneLine(e));
  }
  return true;
}

export function GetImage(): string {
  return "images/icon-32.png";
}

Object.assign(globalThis, { OnAddinLoad, OnAction, GetImage });
