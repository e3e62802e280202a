/**
 * What the ribbon asks of the task pane in WPS. The ribbon's callbacks run in the add-in's main
 * page and the pane is a page of its own; WPS gives its pages one shared store, PluginStorage
 * ("通过该对象可以在同一个插件的不同网页间来传递数据", wps-jsapi index.d.ts), and no way to call
 * into another page. So the ribbon leaves a request there and the pane takes it: at start (the
 * pane the ribbon just made) and by looking every PANE_POLL_MS while it is open.
 */
import type { WpsGlobal } from "../host/wps/global";

export const PANE_REQUEST_KEY = "perfeval.paneRequest";
export const PANE_POLL_MS = 300;

export type PaneCommand = "check";

interface PaneRequest {
  command: PaneCommand;
  /** When it was asked (ms): a request older than REQUEST_TTL_MS is stale (the pane was not there to take it). */
  at: number;
}

const REQUEST_TTL_MS = 60_000;

/** Leaves a request for the pane (a newer one replaces an older one not yet taken). */
export function postPaneRequest(wps: Pick<WpsGlobal, "PluginStorage">, command: PaneCommand, now = Date.now()): void {
  wps.PluginStorage.setItem(PANE_REQUEST_KEY, JSON.stringify({ command, at: now } satisfies PaneRequest));
}

/** Takes the waiting request, if any: it is removed, so that it is done once. */
export function takePaneRequest(wps: Pick<WpsGlobal, "PluginStorage">, now = Date.now()): PaneCommand | undefined {
  const text = wps.PluginStorage.getItem(PANE_REQUEST_KEY);
  if (text === null || text === undefined) return undefined;
  wps.PluginStorage.removeItem(PANE_REQUEST_KEY);
  try {
    const request = JSON.parse(text) as Partial<PaneRequest>;
    const fresh = typeof request.at === "number" && now - request.at >= 0 && now - request.at < REQUEST_TTL_MS;
    return request.command === "check" && fresh ? request.command : undefined;
  } catch {
    return undefined;
  }
}

/** Calls `onRequest` for each request the ribbon leaves, once `ready()` says the pane can act; returns the stop function. */
export function watchPaneRequests(wps: Pick<WpsGlobal, "PluginStorage">, ready: () => boolean, onRequest: (command: PaneCommand) => void): () => void {
  const timer = setInterval(() => {
    if (!ready()) return;
    const command = takePaneRequest(wps);
    if (command) onRequest(command);
  }, PANE_POLL_MS);
  return () => clearInterval(timer);
}
