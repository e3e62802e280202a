/**
 * The add-in's WPS task pane: one per WPS, made by wps.CreateTaskPane(url, title) and found again
 * by the ID kept in PluginStorage (the way wpsjs's et template does it), shown and hidden through
 * its Visible property. The pane is a page of its own (ui/taskpane.html beside the add-in's main
 * page), so the ribbon's commands and the pane meet only in PluginStorage.
 */
import type { WpsGlobal, WpsTaskPane } from "./global";

export const PANE_ID_KEY = "perfeval.paneId";
export const PANE_TITLE = "绩效自评助手";
export const PANE_PAGE = "ui/taskpane.html";

/** The pane page's address, from the address of the page asking (the main page or the pane itself). */
export function paneUrl(pageUrl: string): string {
  const page = pageUrl.split(/[?#]/)[0];
  if (page.endsWith(`/${PANE_PAGE}`)) return page;
  return `${page.replace(/\/[^/]*$/, "")}/${PANE_PAGE}`;
}

/** The pane made before, if WPS still has it. */
export function existingPane(wps: WpsGlobal): WpsTaskPane | undefined {
  const id = wps.PluginStorage.getItem(PANE_ID_KEY);
  if (!id) return undefined;
  try {
    return wps.GetTaskPane(Number(id)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Shows the pane, making it the first time. */
export function showPane(wps: WpsGlobal, url: string): WpsTaskPane {
  let pane = existingPane(wps);
  if (!pane) {
    pane = wps.CreateTaskPane(url, PANE_TITLE);
    wps.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
  }
  pane.Visible = true;
  return pane;
}

/** 显示任务窗格 as a toggle: hides a visible pane, shows it otherwise; whether it is visible now. */
export function togglePane(wps: WpsGlobal, url: string): boolean {
  const pane = existingPane(wps);
  if (pane?.Visible) {
    pane.Visible = false;
    return false;
  }
  showPane(wps, url);
  return true;
}
