/**
 * How the ribbon commands (src/commands, same page in the shared runtime) tell the pane what
 * happened: DOM CustomEvents on window. The detail of "perfeval:checked" is the CheckResult.
 * Webpack builds the commands and the pane as separate chunks with their own module copies,
 * so anything both must see (the one-check-at-a-time lock) lives on globalThis.
 */
import type { CheckResult } from "../core/check";
import type { SheetWarning } from "../host/types";

export const CHECK_STARTED = "perfeval:check-started";
export const CHECKED = "perfeval:checked";
export const CHECK_FAILED = "perfeval:check-failed";
export const TEMPLATE_DONE = "perfeval:template-done";
/** The ribbon asks the pane to check (WPS, where the ribbon runs in a page of its own: src/wps/pane.ts). */
export const RUN_CHECK = "perfeval:run-check";

export interface PaneEvents {
  [CHECK_STARTED]: Record<string, never>;
  [CHECKED]: CheckResult;
  /** `message` is one line of the error, `code` Excel's error code when it has one (the pane words it: errors.ts). */
  [CHECK_FAILED]: { message: string; code?: string };
  /** `sheet` (and what Excel refused of it) on success, `message` (one line) and `code` on failure. */
  [TEMPLATE_DONE]: { sheet?: string; warnings?: SheetWarning[]; message?: string; code?: string };
  [RUN_CHECK]: Record<string, never>;
}

export function announce<K extends keyof PaneEvents>(type: K, detail: PaneEvents[K]): void {
  if (typeof window === "undefined" || typeof CustomEvent === "undefined") return;
  window.dispatchEvent(new CustomEvent(type, { detail }));
}

export function listen<K extends keyof PaneEvents>(type: K, handler: (detail: PaneEvents[K]) => void): () => void {
  const listener = (e: Event) => handler((e as CustomEvent<PaneEvents[K]>).detail);
  window.addEventListener(type, listener);
  return () => window.removeEventListener(type, listener);
}

const LOCK = Symbol.for("perfeval.checkRunning");
type LockHolder = { [LOCK]?: boolean };

/** Takes the page-wide "a check is running" flag; false when someone else holds it. */
export function claimCheck(): boolean {
  const g = globalThis as LockHolder;
  if (g[LOCK]) return false;
  g[LOCK] = true;
  return true;
}

export function releaseCheck(): void {
  (globalThis as LockHolder)[LOCK] = false;
}
