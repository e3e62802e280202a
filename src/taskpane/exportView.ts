/** The 导出 tab: the JSON report and the checked copy of the last check, as downloads. */
import { exportCheckedCopy } from "../office";
import { byTestId, h } from "./dom";
import { XLSX_TYPE, checkedCopyFileName, reportFileName, reportJson, workbookFileName } from "./exportModel";
import { currentLocale, t } from "./i18n";
import type { CheckSession } from "./session";
import type { StatusLine } from "./status";

/** Saves a Blob through a temporary `<a download>`; the browser (or Excel's web view) asks where. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h("a", { href: url, download: fileName, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The open workbook's file name, from Office when it knows it. */
export function currentWorkbookName(): string {
  const url = typeof Office !== "undefined" ? Office.context?.document?.url : undefined;
  return workbookFileName(url);
}

export class ExportView {
  private readonly reportButton = byTestId<HTMLButtonElement>("export-report");
  private readonly copyButton = byTestId<HTMLButtonElement>("export-copy");
  private readonly hint = byTestId("export-hint");

  constructor(private readonly session: CheckSession, private readonly status: StatusLine) {
    this.reportButton.addEventListener("click", () => this.exportReport());
    this.copyButton.addEventListener("click", () => void this.exportCopy());
    session.subscribe(() => this.setReady(true));
    this.setReady(session.result !== undefined);
  }

  private setReady(ready: boolean): void {
    this.reportButton.disabled = !ready;
    this.copyButton.disabled = !ready;
    this.hint.hidden = ready;
  }

  private exportReport(): void {
    const result = this.session.result;
    if (!result) return;
    try {
      const file = currentWorkbookName();
      const name = reportFileName(file);
      download(new Blob([reportJson(file, result, currentLocale())], { type: "application/json" }), name);
      this.status.show(t("export.saved", { file: name }));
    } catch (e) {
      this.status.error(e);
    }
  }

  private async exportCopy(): Promise<void> {
    if (!this.session.result) return;
    this.copyButton.disabled = true;
    this.status.show(t("export.copying"));
    try {
      const bytes = await exportCheckedCopy();
      const name = checkedCopyFileName(currentWorkbookName());
      download(new Blob([bytes.slice()], { type: XLSX_TYPE }), name);
      this.status.show(t("export.saved", { file: name }));
    } catch (e) {
      this.status.error(e);
    } finally {
      this.copyButton.disabled = false;
    }
  }
}
