/** The live region at the foot of the pane: one line of news, or one line of error. */
import { oneLine } from "./errors";
import { t } from "./i18n";

export class StatusLine {
  constructor(private readonly region: HTMLElement) {}

  show(text: string): void {
    this.region.classList.remove("is-error");
    this.region.dataset.kind = "info";
    this.region.textContent = text;
  }

  error(error: unknown): void {
    this.region.classList.add("is-error");
    this.region.dataset.kind = "error";
    this.region.textContent = t("status.error", { message: oneLine(error) });
  }

  clear(): void {
    this.region.classList.remove("is-error");
    delete this.region.dataset.kind;
    this.region.textContent = "";
  }
}
