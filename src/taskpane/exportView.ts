/**
 * The 导出 tab: the JSON report and the checked copy of the last check. Each button gives the
 * user a result on every platform (exportModel.ts): a download, or the report's text to copy, or
 * the 检查结果 sheet kept in the workbook with what to do next — never a click that does nothing.
 */
import type { SpreadsheetHost } from "../host/types";
import { byTestId } from "./dom";
import { ExportOutcome, exportCheckedCopy, exportReport, workbookFileName } from "./exportModel";
import { currentLocale, t } from "./i18n";
import type { CheckSession } from "./session";
import type { OwnWrites } from "./staleness";
import type { StatusLine } from "./status";

export class ExportView {
  private readonly reportButton = byTestId<HTMLButtonElement>("export-report");
  private readonly copyButton = byTestId<HTMLButtonElement>("export-copy");
  private readonly hint = byTestId("export-hint");
  private readonly notice = byTestId("export-notice");
  private readonly textBox = byTestId("export-text");
  private readonly textIntro = byTestId("export-text-intro");
  private readonly textArea = byTestId<HTMLTextAreaElement>("export-text-area");
  private readonly copyText = byTestId<HTMLButtonElement>("export-text-copy");
  private textFile = "";

  constructor(
    private readonly session: CheckSession,
    private readonly status: StatusLine,
    private readonly host: SpreadsheetHost,
    private readonly own: OwnWrites,
  ) {
    this.reportButton.addEventListener("click", () => void this.exportReport());
    this.copyButton.addEventListener("click", () => void this.exportCopy());
    this.copyText.addEventListener("click", () => void this.copyReportText());
    session.subscribe(() => this.setReady(true));
    this.setReady(session.result !== undefined);
  }

  private workbook(): string {
    return workbookFileName(this.host.documentUrl());
  }

  private setReady(ready: boolean): void {
    this.reportButton.disabled = !ready;
    this.copyButton.disabled = !ready;
    this.hint.hidden = ready;
  }

  private async exportReport(): Promise<void> {
    const result = this.session.result;
    if (!result) return;
    try {
      this.show(await exportReport(this.host, this.workbook(), result, currentLocale()));
    } catch (e) {
      this.status.error(e);
    }
  }

  private async exportCopy(): Promise<void> {
    if (!this.session.result) return;
    this.copyButton.disabled = true;
    this.status.show(t("export.copying"));
    try {
      // The 检查结果 sheet, where it is kept, is the add-in's own writing, not the user's edit.
      const done = await this.own.around(
        () => exportCheckedCopy(this.host, this.workbook()),
        (d) => (d.outcome.kind === "sheet" ? [{ sheet: d.outcome.sheet }] : []),
      );
      // The export checked the workbook afresh: the list shows that check, so the two never disagree.
      this.session.setResult(done.checked);
      const said = this.show(done.outcome);
      if (done.repainted) this.status.show(`${said} ${t("export.repainted", { count: done.checked.marks.painted })}`);
    } catch (e) {
      this.status.error(e);
    } finally {
      this.copyButton.disabled = false;
    }
  }

  /** Shows what the user got; returns the status line it wrote. */
  private show(outcome: ExportOutcome): string {
    this.notice.hidden = outcome.kind !== "sheet";
    this.textBox.hidden = outcome.kind !== "text";
    let said: string;
    if (outcome.kind === "saved") {
      said = t("export.saved", { file: outcome.file });
    } else if (outcome.kind === "text") {
      this.textFile = outcome.file;
      this.textIntro.textContent = t("export.textIntro", { file: outcome.file });
      this.textArea.value = outcome.text;
      this.textArea.focus();
      this.textArea.select();
      said = t("export.textShown", { file: outcome.file });
    } else {
      const saveHow = t(this.host.info.platform === "web" ? "export.saveHow.web" : "export.saveHow.desktop");
      const params = { sheet: outcome.sheet, file: outcome.file, saveHow, detail: outcome.detail ?? "" };
      this.notice.textContent = t(`export.sheetKept.${outcome.why}`, params);
      said = t("export.sheetKeptShort", params);
    }
    this.status.show(said);
    return said;
  }

  /** The clipboard API where the web view allows it, else the selection and the old copy command. */
  private async copyReportText(): Promise<void> {
    this.textArea.focus();
    this.textArea.select();
    try {
      if (navigator.clipboard?.writeText) await navigator.clipboard.writeText(this.textArea.value);
      else if (!document.execCommand("copy")) throw new Error("copy refused");
      this.status.show(t("export.textCopied", { file: this.textFile }));
    } catch {
      this.status.show(t("export.textCopyFailed"));
    }
  }
}
