/**
 * The task pane as WPS shows it: dist-wps's ui/taskpane.html (the Excel pane without office.js,
 * on the WPS host) served from dist-wps/wps-addon-build, with the WPS simulator bundled into the
 * page before its scripts run (wpsHostEntry.ts). Page-side helpers for the WPS tests.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import type { WpsBookOptions, WpsHost, WpsState } from "../wps-sim/wps";
import type { WpsBook } from "../wps-sim/wps";
import { PaneWorkbook, ROOT, browserBundle } from "./harness";
import { PaneBrowser, usePaneBrowser } from "./session";

export const WPS_ADDIN = path.join(ROOT, "dist-wps", "wps-addon-build");
export const WPS_PANE_PATH = "/ui/taskpane.html";

/** What the WPS host is built from: the sheets and the user's fills and selection, and the simulated build. */
export interface WpsPaneWorkbook extends PaneWorkbook {
  wps?: WpsBookOptions & { folder?: string };
}

declare global {
  interface Window {
    __wps: { book: WpsBook; host: WpsHost };
  }
}

let built: Promise<void> | undefined;

/** dist-wps/ as `npm run build:wps` makes it, built when missing (npm test builds it just before). */
export function ensureWpsAddin(): Promise<void> {
  built ??= (async () => {
    if (fs.existsSync(path.join(WPS_ADDIN, "ui", "taskpane.html")) && fs.existsSync(path.join(WPS_ADDIN, "main.js"))) return;
    process.stdout.write("  (building dist-wps/: it is missing)\n");
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, "scripts", "build-wps.js")], { cwd: ROOT, stdio: "inherit" });
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (code !== 0) throw new Error(`npm run build:wps failed (exit ${code})`);
  })();
  return built;
}

let bundle: Promise<string> | undefined;
export const wpsHostBundle = (): Promise<string> => (bundle ??= browserBundle(path.join(ROOT, "test", "e2e", "wpsHostEntry.ts"), "wps-host.js"));

/** Mocha set-up of a WPS test file: dist-wps served, one Chromium; each test opens its own page. */
export function useWpsPaneBrowser(): PaneBrowser {
  return usePaneBrowser({
    dir: WPS_ADDIN,
    prepare: async () => {
      await ensureWpsAddin();
      await wpsHostBundle();
    },
    host: async () => ({ script: await wpsHostBundle(), path: WPS_PANE_PATH }),
  });
}

export function wpsState(page: Page): Promise<WpsState> {
  return page.evaluate(() => window.__wps.book.snapshot());
}

/** Clicks 检查工作簿 (or 重新检查) and waits until the run is over and its result is shown. */
export async function runWpsCheck(page: Page): Promise<void> {
  // A run reads every sheet's values: the count of Value2 reads says it happened (as the sync count does for Excel).
  const before = await page.evaluate(() => window.__wps.book.callCount("Range.Value2.get"));
  await page.click('[data-testid="check-run"]');
  await waitForCheck(page, before);
}

/** Waits until a check that started after `reads` Value2 reads has ended and its result is shown. */
export async function waitForCheck(page: Page, reads: number): Promise<void> {
  await page.waitForFunction((n) => {
    const run = document.querySelector<HTMLButtonElement>('[data-testid="check-run"]');
    return window.__wps.book.callCount("Range.Value2.get") > n && run !== null && !run.disabled && document.querySelector('[data-testid="check-summary"]') !== null;
  }, reads);
}
