/**
 * The 检查 tab's controls: run (with progress and 取消), clear highlights, and the result
 * list. Results also arrive from the ribbon command through the session.
 */
import type { CheckResult } from "../core/check";
import { CheckProgress, checkWorkbook } from "../host/check";
import { CheckCancelledError } from "../host/errors";
import type { SpreadsheetHost } from "../host/types";
import { byTestId } from "./dom";
import { claimCheck, releaseCheck } from "./events";
import { progressText, progressValue, summarize } from "./findingsModel";
import { FindingsView } from "./findingsView";
import { t } from "./i18n";
import type { CheckSession } from "./session";
import type { StatusLine } from "./status";

export class CheckView {
  private readonly run = byTestId<HTMLButtonElement>("check-run");
  private readonly clear = byTestId<HTMLButtonElement>("check-clear");
  private readonly cancel = byTestId<HTMLButtonElement>("check-cancel");
  private readonly progressBox = byTestId("check-progress");
  private readonly progressBar = byTestId<HTMLProgressElement>("check-progress-bar");
  private readonly progressLabel = byTestId("check-progress-text");
  private readonly findings: FindingsView;
  private controller: AbortController | undefined;

  constructor(private readonly session: CheckSession, private readonly status: StatusLine, private readonly host: SpreadsheetHost) {
    this.findings = new FindingsView(byTestId("check-result"), {
      onSelect: (f) => host.selectCell({ sheet: f.sheet, cell: f.cell }).catch((e) => this.status.error(e)),
    });
    this.findings.showNotRun();
    this.run.addEventListener("click", () => void this.check());
    this.cancel.addEventListener("click", () => this.controller?.abort());
    this.clear.addEventListener("click", () => void this.clearHighlights());
    session.subscribe((result) => this.showResult(result));
    void this.refreshClear();
  }

  async check(): Promise<void> {
    if (!claimCheck()) return;
    const controller = new AbortController();
    this.controller = controller;
    this.setRunning(true);
    this.status.show(t("check.running"));
    try {
      const result = await checkWorkbook(this.host, { onProgress: (p) => this.showProgress(p), signal: controller.signal });
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
  }

  /** A check that the ribbon started: no progress reaches the pane, so it only shows it is busy. */
  ribbonStarted(): void {
    this.run.disabled = true;
    this.clear.disabled = true;
    this.status.show(t("check.runningRibbon"));
  }

  /** The ribbon's check ended; its result (if any) came through the session. */
  ribbonFinished(): void {
    this.run.disabled = false;
    void this.refreshClear();
  }

  announceDone(result: CheckResult): void {
    const { counts } = summarize(result);
    this.status.show(t("check.done", { errors: counts.error, warnings: counts.warning, infos: counts.info }));
  }

  private showResult(result: CheckResult): void {
    this.findings.show(result);
    this.run.textContent = t("check.rerun");
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

  private setRunning(running: boolean): void {
    // The focused control (检查 or 取消) is about to be disabled or hidden: give focus back to 检查.
    const refocus = !running && (this.progressBox.contains(document.activeElement) || document.activeElement === document.body);
    this.run.disabled = running;
    this.clear.disabled = true;
    this.progressBox.hidden = !running;
    this.cancel.disabled = !running;
    this.root.setAttribute("aria-busy", String(running));
    if (running) this.showProgress({ stage: "read", done: 0, total: 0 });
    else {
      void this.refreshClear();
      if (refocus) this.run.focus();
    }
  }

  private get root(): HTMLElement {
    return byTestId("panel-check");
  }

  private showProgress(p: CheckProgress): void {
    const { value, max } = progressValue(p);
    this.progressBar.max = max;
    if (value === undefined) this.progressBar.removeAttribute("value");
    else this.progressBar.value = value;
    this.progressLabel.textContent = progressText(p);
  }
}
