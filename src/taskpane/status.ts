/**
 * The live region at the foot of the pane: one line of news, or one line of error in the pane's
 * language with the original words under 详细信息 (errors.ts).
 */
import { h, replace } from "./dom";
import { describeError } from "./errors";
import { t } from "./i18n";

export class StatusLine {
  constructor(private readonly region: HTMLElement) {}

  show(text: string): void {
    this.region.classList.remove("is-error");
    this.region.dataset.kind = "info";
    replace(this.region, h("span", { "data-testid": "status-text" }, text));
  }

  error(error: unknown): void {
    const { text, detail } = describeError(error);
    this.region.classList.add("is-error");
    this.region.dataset.kind = "error";
    replace(
      this.region,
      h("span", { "data-testid": "status-text" }, t("status.error", { message: text })),
      detail ? h("details", { class: "status-detail", "data-testid": "status-detail" }, h("summary", {}, t("error.details")), h("code", {}, detail)) : null,
    );
  }

  clear(): void {
    this.region.classList.remove("is-error");
    delete this.region.dataset.kind;
    replace(this.region);
  }
}
