/**
 * The host the page runs in, chosen once at start-up. Office.js calls Office.onReady with the
 * application it found, or with host null when the page is opened outside Office (a plain
 * browser: learn.microsoft.com "Initialize your Office Add-in"); when office.js itself could not
 * load there is no Office at all. Either way there is no host, and the pane says so.
 */
import { officeHost } from "./office";
import type { SpreadsheetHost } from "./types";

export type { SpreadsheetHost } from "./types";

let connecting: Promise<SpreadsheetHost | null> | undefined;

async function connect(): Promise<SpreadsheetHost | null> {
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
