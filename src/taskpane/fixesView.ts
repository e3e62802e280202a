/**
 * The fixes the workbook records (改为 …, urn:perfeval:fixes:1), each with 撤销修正: above the
 * findings, because a fixed finding is gone from the list once its sheet is checked again.
 */
import type { CellContent } from "../host/types";
import type { FixRecord } from "../host/fixes";
import { fmt2 } from "../core/numbers";
import { h, replace } from "./dom";
import { t } from "./i18n";

/** A cell's content as the clerk reads it: 93.00, 95.22% for a percentage cell, the text, (空). */
export function contentText(c: CellContent): string {
  if (c.entry === "") return t("fix.empty");
  if (typeof c.entry === "number") return /%/.test(c.numberFormat) ? `${fmt2(c.entry * 100)}%` : fmt2(c.entry);
  return String(c.entry);
}

export interface FixesActions {
  onUndo(record: FixRecord): void;
  onSelect(sheet: string, cell: string): void;
}

export class FixesView {
  constructor(private readonly root: HTMLElement, private readonly actions: FixesActions) {
    root.hidden = true;
  }

  show(records: FixRecord[]): void {
    this.root.hidden = records.length === 0;
    if (records.length === 0) return replace(this.root);
    replace(
      this.root,
      h("h2", { class: "fixes-heading", id: "fixes-heading" }, t("fix.list")),
      h(
        "ul",
        { class: "fixes-list" },
        ...records.map((r) =>
          h(
            "li",
            { "data-testid": "fix-item", "data-sheet": r.sheet, "data-cell": r.cell },
            h("span", { class: "fix-text" }, t("fix.item", { sheet: r.sheet, cell: r.cell, before: contentText(r.before), after: contentText(r.after) })),
            h("button", { type: "button", class: "small", "data-testid": "fix-select", on: { click: () => this.actions.onSelect(r.sheet, r.cell) } }, t("fix.select")),
            h(
              "button",
              { type: "button", class: "small", "data-testid": "fix-undo", "aria-label": t("fix.undoAria", { sheet: r.sheet, cell: r.cell }), on: { click: () => this.actions.onUndo(r) } },
              t("fix.undo"),
            ),
          ),
        ),
      ),
    );
  }
}
