/**
 * Mocha set-up of a test file that drives the task pane: dist/ built if needed, served, and one
 * Chromium for the whole file; each test opens its own page (a new context) with its workbook.
 * Also the page-side helpers the tests share.
 */
import { strict as assert } from "assert";
import type { Browser, Page } from "playwright-core";
import type { SimState, SimWorkbook } from "../sim/excel";
import {
  DIST, OpenPaneOptions, Pane, PaneWorkbook, StaticServer, ensureDist, launchChromium, officeHostBundle, openPane, screenshotPath, serveDirectory,
} from "./harness";

declare global {
  interface Window {
    __sim: SimWorkbook;
    __xss?: unknown;
    __customFunctions?: string[];
    __ignoredDownloads?: string[];
  }
}

export interface PaneBrowser {
  open(workbook: PaneWorkbook, options?: OpenPaneOptions): Promise<Pane>;
}

/** Where the pane's page is served from and what it runs on: dist/ on the Excel simulator unless told. */
export interface PaneSite {
  dir: string;
  /** Builds what the pages need (once per file). */
  prepare(): Promise<unknown>;
  /** Another host than the Excel simulator (openPane's `host` option). */
  host?: () => Promise<OpenPaneOptions["host"]>;
}

const EXCEL_SITE: PaneSite = {
  dir: DIST,
  prepare: async () => {
    await ensureDist();
    await officeHostBundle();
  },
};

/** Registers before/after hooks for the file; `open` gives a new page per call, closed after each test. */
export function usePaneBrowser(site: PaneSite = EXCEL_SITE): PaneBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const open: Pane[] = [];

  before(async function () {
    this.timeout(180_000); // a first build of dist/ and the host bundle
    await site.prepare();
    server = await serveDirectory(site.dir);
    browser = await launchChromium();
  });

  afterEach(async () => {
    for (const pane of open.splice(0)) await pane.close();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    async open(workbook, options) {
      if (!browser || !server) throw new Error("usePaneBrowser: the before hook did not run");
      const pane = await openPane(browser, server, workbook, { ...options, ...(site.host ? { host: await site.host() } : {}) });
      open.push(pane);
      return pane;
    },
  };
}

/** Fails with the list when the page logged errors, broke its CSP or reached off the machine. */
export async function assertNoProblems(pane: Pane): Promise<void> {
  assert.deepEqual(await pane.problems(), []);
}

export const byTestId = (id: string): string => `[data-testid="${id}"]`;

/** The pane as the user sees it (the viewport, not the whole scrolled page). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = screenshotPath(name);
  await page.screenshot({ path: file });
  return file;
}

export function simState(page: Page): Promise<SimState> {
  return page.evaluate(() => window.__sim.snapshot());
}

export function simSelection(page: Page): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => window.__sim.selection);
}

/** Clicks 检查工作簿 (or 重新检查) and waits until the run is over and its result is shown. */
export async function runCheck(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__sim.syncCount);
  await page.click(byTestId("check-run"));
  await page.waitForFunction((n) => {
    const run = document.querySelector<HTMLButtonElement>('[data-testid="check-run"]');
    return window.__sim.syncCount > n && run !== null && !run.disabled && document.querySelector('[data-testid="check-summary"]') !== null;
  }, before);
}

export interface ShownFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

/** The findings the list shows (not hidden by the filter or a collapsed sheet), in order. */
export function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.$$eval('[data-testid="finding"]', (buttons) =>
    (buttons as HTMLElement[])
      .filter((b) => b.offsetParent !== null)
      .map((b) => ({
        rule: b.dataset.rule ?? "",
        severity: b.dataset.severity ?? "",
        sheet: b.dataset.sheet ?? "",
        cell: b.dataset.cell ?? "",
        message: b.querySelector(".finding-message")?.textContent ?? "",
      })),
  );
}

export function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? "").trim());
}

/** The status line's own sentence (an error's 详细信息 aside). */
export function statusText(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('[data-testid="status-text"]')?.textContent ?? "").trim());
}

/** Waits until the status line says exactly `text`. */
export async function waitStatus(page: Page, text: string): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('[data-testid="status-text"]')?.textContent?.trim() === want, text, { timeout: 20_000 });
}

/**
 * What does not fit the pane at its width: the page scrolling sideways, any element past an edge
 * (cut), a control whose text overflows it, a button whose label wraps onto a second line. The
 * finding rows are buttons whose message wraps by design; they are held to the edges only.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest(".visually-hidden, [hidden]")) return false;
      return getComputedStyle(el).visibility !== "hidden";
    };
    const name = (el: Element) => {
      const id = (el as HTMLElement).dataset?.testid;
      return `${el.tagName.toLowerCase()}${id ? `[${id}]` : ""} “${(el.textContent ?? "").trim().slice(0, 24)}”`;
    };
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      if (!shown(el) || el.closest("option")) continue;
      const r = el.getBoundingClientRect();
      if (r.right > width + 0.5 || r.left < -0.5) problems.push(`${name(el)} reaches ${Math.round(r.left)}–${Math.round(r.right)} of ${width}`);
      if (el.matches("button, label, .badge, .tag, input[type=text]") && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} is cut: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    for (const b of Array.from(document.querySelectorAll("button"))) {
      if (!shown(b) || b.matches("button.finding")) continue;
      const range = document.createRange();
      range.selectNodeContents(b);
      const lineHeight = parseFloat(getComputedStyle(b).lineHeight) || parseFloat(getComputedStyle(b).fontSize) * 1.45;
      const height = range.getBoundingClientRect().height;
      if (height > lineHeight * 1.5) problems.push(`${name(b)} wraps: ${Math.round(height)}px of text at ${Math.round(lineHeight)}px a line`);
    }
    return problems;
  });
}

/** Every visible word of the pane's own text in Latin letters, but names and addresses (Excel, JSON, G6, EXEC_RATE…). */
export function latinWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const allowed = /^(Excel|WPS|JSON|xlsx|PERF|F8|Shift|national|review|null|[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?|[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{2,})$/;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest("[hidden], script, style, option, textarea, code, .status-detail")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0 && !el.closest(".visually-hidden")) continue;
      for (const w of (node.textContent ?? "").match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) if (!allowed.test(w)) words.push(w);
    }
    return words;
  });
}
