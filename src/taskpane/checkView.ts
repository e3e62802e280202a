/**
 * The 检查 tab's work: 检查工作簿 (with progress and 取消), 只检查本表, 清除标记, the list, and what
 * keeps it honest — the sheets edited since (re-checked by themselves, or marked 可能已过期), the
 * protected sheets that could not be marked, 改为 … and 撤销修正. Results also arrive from the
 * ribbon command through the session.
 */
import type { CheckResult } from "../core/check";
import type { Finding } from "../core/model";
import { CheckProgress, CheckedWorkbook, checkWorkbook, recheckSheets } from "../host/check";
import { CheckCancelledError } from "../host/errors";
import { FixRecord, applyFix, loadFixes, undoFix } from "../host/fixes";
import type { SpreadsheetHost } from "../host/types";
import { byTestId, h, replace } from "./dom";
import { claimCheck, releaseCheck } from "./events";
import { doneText, fixText, progressText, progressValue, summarize } from "./findingsModel";
import { FindingsView } from "./findingsView";
import { FixesView, contentText } from "./fixesView";
import { t } from "./i18n";
import type { CheckSession, PaneResult } from "./session";
import { EditWatcher, OwnWrites, isAutoRecheck } from "./staleness";
import type { StatusLine } from "./status";

const NO_MARKS = { painted: 0, protectedSheets: [], unrestorable: [] };

export class CheckView {
  private readonly run = byTestId<HTMLButtonElement>("check-run");
  private readonly recheckButton = byTestId<HTMLButtonElement>("check-recheck");
  private readonly clear = byTestId<HTMLButtonElement>("check-clear");
  private readonly cancel = byTestId<HTMLButtonElement>("check-cancel");
  private readonly progressBox = byTestId("check-progress");
  private readonly progressBar = byTestId<HTMLProgressElement>("check-progress-bar");
  private readonly progressLabel = byTestId("check-progress-text");
  private readonly notices = byTestId("check-notices");
  private readonly findings: FindingsView;
  private readonly fixes: FixesView;
  private controller: AbortController | undefined;
  /** Sheets edited since they were checked. */
  private readonly stale = new Set<string>();
  /** Edits per sheet since the pane opened. */
  private readonly edits = new Map<string, number>();
  private busy = false;
  private watching = false;

  constructor(
    private readonly session: CheckSession,
    private readonly status: StatusLine,
    private readonly host: SpreadsheetHost,
    private readonly own: OwnWrites,
  ) {
    const select = (f: Finding) => {
      this.findings.markCurrent(f);
      host.selectCell({ sheet: f.sheet, cell: f.cell }).catch((e) => this.status.error(e));
    };
    this.findings = new FindingsView(byTestId("check-result"), byTestId("check-head"), byTestId("stale-banner"), {
      onSelect: select,
      onFix: (f) => void this.fix(f),
      onCause: (sheet, cell, rule) => {
        const cause = session.result?.findings.find((f) => f.sheet === sheet && f.cell === cell && f.rule === rule);
        if (cause) select(cause);
        else host.selectCell({ sheet, cell }).catch((e) => this.status.error(e));
      },
      onRecheck: (sheets) => void this.recheck(sheets),
    });
    this.fixes = new FixesView(byTestId("fixes"), {
      onUndo: (r) => void this.undo(r),
      onSelect: (sheet, cell) => host.selectCell({ sheet, cell }).catch((e) => this.status.error(e)),
    });
    this.findings.showNotRun();
    this.run.addEventListener("click", () => void this.check());
    this.recheckButton.addEventListener("click", () => void this.recheckActive());
    this.cancel.addEventListener("click", () => this.controller?.abort());
    this.clear.addEventListener("click", () => void this.clearHighlights());
    session.subscribe((result) => this.showResult(result));
    document.addEventListener("keydown", (e) => this.keys(e));
    // The sheets' headers stick just under the bar, whatever its height at this width.
    const bar = byTestId("check-bar");
    const barHeight = () => document.documentElement.style.setProperty("--bar-height", `${bar.offsetHeight}px`);
    if (typeof ResizeObserver !== "undefined") new ResizeObserver(barHeight).observe(bar);
    // The state check first (清除标记), then the fixes the workbook records.
    void this.refreshClear().then(() => this.refreshFixes());
  }

  async check(): Promise<void> {
    if (!claimCheck()) return;
    const controller = new AbortController();
    this.controller = controller;
    this.setRunning(true);
    this.status.show(t("check.running"));
    const before = this.editsNow();
    try {
      const result = await checkWorkbook(this.host, { onProgress: (p) => this.showProgress(p), signal: controller.signal });
      // Edits made while the check read the workbook may or may not be in it: they stay stale.
      this.checked(before);
      this.session.setResult(result);
      this.announceDone(result);
    } catch (e) {
      if (e instanceof CheckCancelledError || controller.signal.aborted) this.status.show(t("check.cancelled"));
      else this.status.error(e);
    } finally {
      this.controller = undefined;
      releaseCheck();
      this.setRunning(false);
    }
    this.recheckPending();
  }

  /** Re-checks these sheets, keeping every other sheet's findings and marks. */
  async recheck(sheets: string[], running = t("check.recheckRunning", { sheets: sheets.join("、") })): Promise<CheckedWorkbook | undefined> {
    if (sheets.length === 0 || !claimCheck()) return undefined;
    this.setRunning(true, false);
    this.status.show(running);
    const before = this.editsNow();
    try {
      const last = this.session.result ?? { sheets: [], findings: [] };
      const result = await recheckSheets(this.host, { ...last, marks: last.marks ?? NO_MARKS, mapping: last.mapping ?? {} }, sheets);
      this.checked(before, sheets);
      this.session.setResult(result);
      const { counts } = summarize(result);
      this.status.show(t("check.recheckDone", { sheets: sheets.join("、"), errors: counts.error, warnings: counts.warning, infos: counts.info }));
      return result;
    } catch (e) {
      this.status.error(e);
      return undefined;
    } finally {
      releaseCheck();
      this.setRunning(false);
    }
  }

  /** A check that the ribbon started: no progress reaches the pane, so it only shows it is busy. */
  ribbonStarted(): void {
    this.run.disabled = true;
    this.recheckButton.disabled = true;
    this.clear.disabled = true;
    this.status.show(t("check.runningRibbon"));
  }

  /** The ribbon's check ended; its result (if any) came through the session. */
  ribbonFinished(): void {
    this.run.disabled = false;
    this.recheckButton.disabled = false;
    void this.refreshClear();
  }

  announceDone(result: CheckResult): void {
    this.status.show(doneText(result));
  }

  /** Sheets a host write touched as the add-in's own (a template inserted): re-checked when a result is shown. */
  ownSheetsAdded(sheets: string[]): void {
    if (this.session.result && isAutoRecheck()) void this.recheck(sheets);
  }

  private showResult(result: PaneResult): void {
    // Edits matter once there is a result they can make stale: listen from the first one on.
    if (!this.watching) {
      this.watching = true;
      void new EditWatcher(this.own, (sheet) => this.edited(sheet), () => this.recheckPending()).start(this.host).catch(() => undefined);
    }
    this.findings.show(result, this.stale);
    this.run.textContent = t("check.rerun");
    const marks = result.marks ?? NO_MARKS;
    const cells = marks.unrestorable.map((c) => `${c.sheet} ${c.cell}`);
    replace(
      this.notices,
      marks.protectedSheets.length
        ? h("div", { class: "notice notice-warn", "data-testid": "notice-protected" }, t("notice.protected", { sheets: marks.protectedSheets.map((s) => `“${s}”`).join("、") }))
        : null,
      cells.length
        ? h("div", { class: "notice notice-warn", "data-testid": "notice-unrestorable" }, t("notice.unrestorable", { count: cells.length, cells: cells.slice(0, 5).join("、") + (cells.length > 5 ? "…" : "") }))
        : null,
    );
  }

  /** The user edited this sheet: its findings may be stale (re-checked by themselves, unless that is turned off). */
  private edited(sheet: string): void {
    this.edits.set(sheet, (this.edits.get(sheet) ?? 0) + 1);
    if (!this.session.result) return;
    this.stale.add(sheet);
    this.findings.setStale(this.stale);
  }

  /** What was edited so far, to tell after a check which sheets were edited while it read them. */
  private editsNow(): Map<string, number> {
    return new Map(this.edits);
  }

  /** The sheets a check of `sheets` (all when undefined) brought up to date: not edited again while it ran. */
  private checked(before: Map<string, number>, sheets?: string[]): void {
    for (const sheet of [...this.stale]) {
      if (sheets && !sheets.includes(sheet)) continue;
      if ((this.edits.get(sheet) ?? 0) === (before.get(sheet) ?? 0)) this.stale.delete(sheet);
    }
  }

  private recheckPending(): void {
    if (this.stale.size === 0 || !this.session.result || !isAutoRecheck() || this.busy) return;
    const sheets = [...this.stale];
    // Again for the sheets edited while it ran; not after a failure, which the status shows (no retry loop).
    void this.recheck(sheets, t("stale.rechecking", { sheets: sheets.join("、") })).then((done) => done && this.recheckPending());
  }

  private async recheckActive(): Promise<void> {
    try {
      const { sheet } = await this.host.selectedCell();
      await this.recheck([sheet]);
    } catch (e) {
      this.status.error(e);
    }
  }

  /** 改为 …: the fix written and recorded, then its sheet checked again. */
  private async fix(f: Finding): Promise<void> {
    const value = fixText(f) ?? "";
    this.status.show(t("fix.applying", { cell: f.fix!.cell, value }));
    try {
      const record = await this.own.around(() => applyFix(this.host, f), (r) => [{ sheet: r.sheet, cells: [r.cell] }]);
      await this.refreshFixes();
      const result = await this.recheck([f.sheet]);
      if (result) this.status.show(t("fix.done", { sheet: f.sheet, cell: record.cell, value, before: contentText(record.before) }));
    } catch (e) {
      this.status.error(e);
    }
  }

  private async undo(record: FixRecord): Promise<void> {
    try {
      const out = await this.own.around(() => undoFix(this.host, record), (o) => (o.restored ? [{ sheet: o.record.sheet, cells: [o.record.cell] }] : []));
      await this.refreshFixes();
      const result = await this.recheck([record.sheet]);
      if (!result) return;
      if (out.restored) this.status.show(t("fix.undone", { cell: record.cell, before: contentText(record.before) }));
      else this.status.show(t("fix.changedSince", { cell: record.cell, now: contentText(out.now) }));
    } catch (e) {
      this.status.error(e);
    }
  }

  private async refreshFixes(): Promise<void> {
    try {
      this.fixes.show(await loadFixes(this.host));
    } catch {
      // The list of fixes is a convenience: the fixes themselves are in the workbook.
    }
  }

  /** F8 下一条, Shift+F8 上一条, anywhere in the pane once there is a list (VS Code's keys for problems). */
  private keys(e: KeyboardEvent): void {
    if (e.key !== "F8" || e.altKey || e.ctrlKey || e.metaKey || !this.findings.current) return;
    e.preventDefault();
    this.findings.go(e.shiftKey ? -1 : 1);
  }

  private async clearHighlights(): Promise<void> {
    this.clear.disabled = true;
    this.status.show(t("check.clearing"));
    try {
      const count = await this.host.clearMarks();
      this.status.show(t("check.cleared", { count }));
    } catch (e) {
      this.clear.disabled = false;
      this.status.error(e);
    }
  }

  /** 清除标记 is enabled while the workbook carries highlights of ours; when Excel cannot say, it stays off (the next check asks again). */
  private async refreshClear(): Promise<void> {
    try {
      this.clear.disabled = !(await this.host.hasMarks());
    } catch {
      this.clear.disabled = true;
    }
  }

  private setRunning(running: boolean, progress = true): void {
    this.busy = running;
    // The focused control (检查 or 取消) is about to be disabled or hidden: give focus back to 检查.
    const refocus = !running && (this.progressBox.contains(document.activeElement) || document.activeElement === document.body);
    this.run.disabled = running;
    this.recheckButton.disabled = running;
    this.clear.disabled = true;
    this.progressBox.hidden = !(running && progress);
    this.cancel.disabled = !running;
    byTestId("panel-check").setAttribute("aria-busy", String(running));
    if (running && progress) this.showProgress({ stage: "read", done: 0, total: 0 });
    if (!running) {
      void this.refreshClear();
      if (refocus && progress) this.run.focus();
    }
  }

  private showProgress(p: CheckProgress): void {
    const { value, max } = progressValue(p);
    this.progressBar.max = max;
    if (value === undefined) this.progressBar.removeAttribute("value");
    else this.progressBar.value = value;
    this.progressLabel.textContent = progressText(p);
  }
}

