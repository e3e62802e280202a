/**
 * Staying current: the sheets the user edits after a check (the host's sheetChanged), told apart
 * from the add-in's own writes, gathered for a moment (debounced) and handed on to be re-checked —
 * or marked 可能已过期 when the user turned automatic re-checking off (a setting of the pane, kept
 * in this browser's storage, not in the workbook).
 *
 * Marks are fills, which Excel's onChanged does not report; the store sheet's changes never reach
 * the pane (host/office.ts). What remains is the add-in's own value writes: a fix, 撤销修正, a
 * template or 汇总 sheet, the 检查结果 sheet. `OwnWrites.around` holds the events that come while
 * such a write runs and drops those about the cells it wrote (and, for a short while after, their
 * late echoes); every other event is the user's.
 */
import type { HostEventDetail, SpreadsheetHost } from "../host/types";

/** How long after an own write its echoes may still arrive (Excel calls handlers asynchronously). */
export const ECHO_MS = 3000;
/** How long edits are gathered before the re-check (typing cell after cell is one edit). */
export const EDIT_DELAY_MS = 800;

export interface WrittenCells {
  sheet: string;
  /** The cells written; the whole sheet when absent (a sheet the add-in wrote). */
  cells?: string[];
}

interface Echo {
  sheet: string;
  cells?: Set<string>;
  until: number;
}

/** "G6", "G6:G6", "$G$6" → "G6"; a range of more cells stays a range. */
function normal(address: string | undefined): string {
  const a = (address ?? "").replace(/\$/g, "").toUpperCase();
  const [first, last] = a.split(":");
  return last && last !== first ? a : first;
}

export class OwnWrites {
  private open = 0;
  private held: HostEventDetail[] = [];
  private echoes: Echo[] = [];
  private release: (events: HostEventDetail[]) => void = () => undefined;

  /** Where held events go once the writes are over (the watcher). */
  onRelease(release: (events: HostEventDetail[]) => void): void {
    this.release = release;
  }

  /** Runs an own write; the events of the cells it wrote are not the user's. */
  async around<T>(work: () => Promise<T>, written: (result: T) => WrittenCells[]): Promise<T> {
    this.open++;
    let echoes: WrittenCells[] = [];
    try {
      const result = await work();
      echoes = written(result);
      return result;
    } finally {
      const until = Date.now() + ECHO_MS;
      for (const e of echoes) this.echoes.push({ sheet: e.sheet, cells: e.cells ? new Set(e.cells.map(normal)) : undefined, until });
      if (--this.open === 0) {
        const held = this.held.splice(0);
        this.release(held.filter((d) => !this.isEcho(d)));
      }
    }
  }

  /** True while an own write runs: the event waits until it is over. */
  hold(detail: HostEventDetail): boolean {
    if (this.open === 0) return false;
    this.held.push(detail);
    return true;
  }

  isEcho(detail: HostEventDetail): boolean {
    const now = Date.now();
    this.echoes = this.echoes.filter((e) => e.until > now);
    const address = normal(detail.address);
    return this.echoes.some((e) => e.sheet === detail.sheet && (!e.cells || e.cells.has(address)));
  }
}

const SETTING = "perfeval.autoRecheck";

/** Whether sheets are re-checked by themselves after an edit (default on); false where storage is refused. */
export function autoRecheck(): boolean {
  try {
    return globalThis.localStorage?.getItem(SETTING) !== "off";
  } catch {
    return true;
  }
}

export function setAutoRecheck(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(SETTING, on ? "on" : "off");
  } catch {
    // A web view without storage: the setting lasts as long as the page.
  }
  memory = on;
}
let memory: boolean | undefined;

/** The setting as the pane uses it: what was set in this page, else what storage says. */
export const isAutoRecheck = (): boolean => memory ?? autoRecheck();

/**
 * The user's edits: each sheet is handed on at once (`onEdited`: it may be stale now), and once the
 * user has stopped for EDIT_DELAY_MS `onSettled` says it is time to re-check.
 */
export class EditWatcher {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly own: OwnWrites, private readonly onEdited: (sheet: string) => void, private readonly onSettled: () => void) {
    own.onRelease((events) => events.forEach((e) => this.edited(e)));
  }

  /** Listens to the host's sheetChanged (where the host reports events). */
  async start(host: SpreadsheetHost): Promise<void> {
    if (!host.info.capabilities.events) return;
    await host.on("sheetChanged", (detail) => {
      if (this.own.hold(detail) || this.own.isEcho(detail)) return;
      this.edited(detail);
    });
  }

  private edited(detail: HostEventDetail): void {
    this.onEdited(detail.sheet);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.onSettled();
    }, EDIT_DELAY_MS);
  }
}
