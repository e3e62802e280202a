/** The 导出 tab: the JSON report and the checked copy of the last check. */
import type { SpreadsheetHost } from "../host/types";
import { byTestId } from "./dom";
import { exportCheckedCopy, exportReport, workbookFileName } from "./exportModel";
import { t } from "./i18n";
import type { CheckSession } from "./session";
import type { StatusLine } from "./status";

export class ExportView {
  private readonly reportButton = byTestId<HTMLButtonElement>("export-report");
  private readonly copyButton = byTestId<HTMLButtonElement>("export-copy");
  private readonly hint = byTestId("export-hint");

  constructor(private readonly session: CheckSession, private readonly status: StatusLine, private readonly host: SpreadsheetHost) {
    this.reportButton.addEventListener("click", () => void this.exportReport());
    this.copyButton.addEventListener("click", () => void this.exportCopy());
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
      const outcome = await exportReport(this.host, this.workbook(), result);
      this.status.show(t("export.saved", { file: outcome.file }));
    } catch (e) {
      this.status.error(e);
    }
  }

  private async exportCopy(): Promise<void> {
    if (!this.session.result) return;
    this.copyButton.disabled = true;
    this.status.show(t("export.copying"));
    try {
      const outcome = await exportCheckedCopy(this.host, this.workbook());
      this.status.show(t("export.saved", { file: outcome.file }));
    } catch (e) {
      this.status.error(e);
    } finally {
      this.copyButton.disabled = false;
    }
  }
}
