/**
 * The host the page runs in, chosen once at start-up, so that the same pane page works in both:
 *
 *   WPS     a WPS 加载项's page has the `wps` global with wps.EtApplication() (wps-jsapi index.d.ts);
 *           WPS loads no office.js, so it is asked first
 *   Office  Office.js calls Office.onReady with the application it found, or with host null when the
 *           page is opened outside Office (a plain browser: learn.microsoft.com "Initialize your
 *           Office Add-in"); when office.js itself could not load there is no Office at all
 *
 * Neither: no host, and the pane says so.
 */
import { officeHost } from "./office";
import type { SpreadsheetHost } from "./types";
import { wpsGlobal } from "./wps/global";
import { paneUrl } from "./wps/taskPane";

export type { SpreadsheetHost } from "./types";

let connecting: Promise<SpreadsheetHost | null> | undefined;

/**
 * WPS's spreadsheet application, when the page runs in WPS 表格 (not in its text or presentation
 * editors). The WPS host is a chunk of its own (wps-host.js beside the page's script), loaded only
 * there: Excel's pane does not carry it.
 */
async function connectWps(): Promise<SpreadsheetHost | null | undefined> {
  const wps = wpsGlobal();
  if (!wps) return undefined;
  try {
    if (!wps.EtApplication()) return null;
  } catch {
    return null;
  }
  const { wpsHost } = await import(/* webpackChunkName: "wps-host" */ "./wps/host");
  return wpsHost(wps, { paneUrl: paneUrl(typeof document === "undefined" ? "" : document.location.href) });
}

async function connect(): Promise<SpreadsheetHost | null> {
  const wps = await connectWps();
  if (wps !== undefined) return wps;
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return null;
  const info = await Office.onReady();
  if (info?.host !== Office.HostType.Excel) return null;
  return officeHost();
}

/** The host (the same one for the pane and the ribbon commands), or null outside a spreadsheet. */
export function connectHost(): Promise<SpreadsheetHost | null> {
  connecting ??= connect().catch(() => null);
  return connecting;
}
