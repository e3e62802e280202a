/**
 * The host boundary's events in WPS: ApiEvent.AddApiEventListener with the ET application's
 * events (wps-jsapi src/index.d.ts declares 'SheetChange' and 'SheetSelectionChange' with the
 * worksheet and the range, 'SheetActivate' with the worksheet; wpsjs's et template registers
 * and removes listeners this way). They follow VBA's Application events: SheetChange for cells
 * changed by the user or by a write of values (not for formats), SheetSelectionChange, SheetActivate.
 * The add-in's own store sheet is never reported: it changes when the add-in saves its data.
 */
import { STORE_SHEET } from "../../core/storedSheet";
import type { HostEvent, HostEventDetail, Unsubscribe } from "../types";
import type { EtRange } from "./et";
import type { ApiEventHandler, WpsApiEvent } from "./global";

export const WPS_EVENTS: Record<HostEvent, string> = {
  sheetChanged: "SheetChange",
  selectionChanged: "SheetSelectionChange",
  sheetActivated: "SheetActivate",
};

function detailOf(event: HostEvent, sheet: unknown, range: unknown): HostEventDetail | undefined {
  let name: unknown;
  try {
    name = (sheet as { Name?: unknown } | null)?.Name;
  } catch {
    // The sheet is gone since (the add-in's store sheet is deleted when nothing of ours is left): nothing to tell.
    return undefined;
  }
  if (typeof name !== "string" || name.toLowerCase() === STORE_SHEET.toLowerCase()) return undefined;
  if (event === "sheetActivated" || typeof (range as EtRange | null)?.Address !== "function") return { sheet: name };
  return { sheet: name, address: (range as EtRange).Address(false, false) };
}

/** Calls `handler` on each event until the returned function is called. */
export function subscribe(api: WpsApiEvent, event: HostEvent, handler: (detail: HostEventDetail) => void): Unsubscribe {
  const listener: ApiEventHandler = (sheet, range) => {
    const detail = detailOf(event, sheet, range);
    if (detail) handler(detail);
  };
  api.AddApiEventListener(WPS_EVENTS[event], listener);
  return async () => api.RemoveApiEventListener(WPS_EVENTS[event], listener);
}
