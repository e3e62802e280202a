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

  constructor(private readonly session: CheckSession, private readonly status: StatusLine, private readonly host: SpreadsheetHost) {
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
      this.show(await exportCheckedCopy(this.host, this.workbook()));
    } catch (e) {
      this.status.error(e);
    } finally {
      this.copyButton.disabled = false;
    }
  }

  private show(outcome: ExportOutcome): void {
    this.notice.hidden = outcome.kind !== "sheet";
    this.textBox.hidden = outcome.kind !== "text";
    if (outcome.kind === "saved") {
      this.status.show(t("export.saved", { file: outcome.file }));
    } else if (outcome.kind === "text") {
      this.textFile = outcome.file;
      this.textIntro.textContent = t("export.textIntro", { file: outcome.file });
      this.textArea.value = outcome.text;
      this.textArea.focus();
      this.textArea.select();
      this.status.show(t("export.textShown", { file: outcome.file }));
    } else {
      const saveHow = t(this.host.info.platform === "web" ? "export.saveHow.web" : "export.saveHow.desktop");
      const params = { sheet: outcome.sheet, file: outcome.file, saveHow, detail: outcome.detail ?? "" };
      this.notice.textContent = t(`export.sheetKept.${outcome.why}`, params);
      this.status.show(t("export.sheetKeptShort", params));
    }
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
