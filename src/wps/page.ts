/** What the add-in's page and its task pane share through wps.PluginStorage (both run in WPS). */
import type { Finding } from "../core/model";
import type { EtApplication } from "../host/wps/et";

export const LAST_CHECK = "perfeval.lastCheck";
export const PANE_ID = "perfeval.paneId";

/** The part of the `wps` global the pages use (wps-jsapi src/index.d.ts). */
export interface WpsPage {
  EtApplication(): EtApplication;
  PluginStorage: { setItem(key: string, value: string): void; getItem(key: string): string | null; removeItem(key: string): void };
  CreateTaskPane(url: string, title?: string): { ID: number; Visible: boolean };
  GetTaskPane(id: number): { ID: number; Visible: boolean } | undefined;
}

export function storeCheck(wps: WpsPage, findings: Finding[]): void {
  wps.PluginStorage.setItem(LAST_CHECK, JSON.stringify(findings));
}

/** The findings of the last check, [] when there was none or the stored text is not ours. */
export function lastCheck(wps: WpsPage): Finding[] {
  try {
    const findings = JSON.parse(wps.PluginStorage.getItem(LAST_CHECK) ?? "[]") as unknown;
    return Array.isArray(findings) ? findings.filter((f): f is Finding => typeof f?.sheet === "string" && typeof f?.cell === "string" && typeof f?.message === "string") : [];
  } catch {
    return [];
  }
}
