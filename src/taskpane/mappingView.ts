/**
 * The 映射 tab: how the active sheet was read, field by field, and the user's corrections
 * (point a field at the selected cell, or give it back to automatic recognition). While it is
 * open it follows Excel: another sheet activated is read, the selected cell is named and its
 * field's row marked. A pointing that makes no sense (a range, a cell another field stands on, a
 * title as 评分等级) is refused with the reason.
 */
import { LABEL } from "../core/labels";
import { ActiveSheetMapping, readActiveSheetMapping, setMappingOverride } from "../host/mapping";
import { PointingProblem, pointingProblem } from "../host/pointing";
import type { SpreadsheetHost } from "../host/types";
import { byTestId, h, replace } from "./dom";
import { MessageKey, t } from "./i18n";
import { MappingRow, columnRows, fieldLabel, mappingRows } from "./mappingModel";
import type { StatusLine } from "./status";

export class MappingView {
  private readonly readButton = byTestId<HTMLButtonElement>("mapping-read");
  private readonly content = byTestId("mapping-content");
  private readonly selected = byTestId("mapping-selected");
  private current: ActiveSheetMapping | undefined;
  private loading: Promise<void> | undefined;
  private visible = false;
  private following = false;
  private selectedCell: string | undefined;

  constructor(private readonly status: StatusLine, private readonly host: SpreadsheetHost) {
    this.readButton.addEventListener("click", () => void this.refresh());
  }

  /** Follows Excel from the first time the tab is opened: another sheet is read, the selection named. */
  private follow(): void {
    if (this.following || !this.host.info.capabilities.events) return;
    this.following = true;
    void this.host.on("sheetActivated", ({ sheet }) => {
      if (this.visible && sheet !== this.current?.sheet) void this.reload();
    }).catch(() => undefined);
    void this.host.on("selectionChanged", ({ sheet, address }) => {
      if (this.visible && sheet === this.current?.sheet) this.showSelection(address?.replace(/\$/g, ""));
    }).catch(() => undefined);
  }

  /** The tab was opened (read the active sheet) or left (stop following Excel). */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (!visible) return;
    this.follow();
    void this.refresh();
  }

  /** Names the selected cell (or area) and marks the row of the field that stands on its top-left cell. */
  private showSelection(address: string | undefined): void {
    const cell = address?.split(":")[0];
    this.selectedCell = address;
    this.selected.hidden = !address;
    this.selected.textContent = address ? t("mapping.selected", { cell: address }) : "";
    for (const row of Array.from(this.content.querySelectorAll<HTMLElement>("tr[data-field]"))) {
      const at = row.querySelector<HTMLElement>('[data-testid="mapping-cell"]')?.textContent ?? "";
      row.classList.toggle("is-selected", cell !== undefined && at === cell);
    }
  }

  /** Reads the active sheet again; a read already under way is reused, not repeated. */
  refresh(): Promise<void> {
    this.loading ??= this.load().finally(() => (this.loading = undefined));
    return this.loading;
  }

  /** Reads again after a change, never reusing a read that began before it. */
  private async reload(): Promise<void> {
    await this.loading;
    await this.refresh();
  }

  private async load(): Promise<void> {
    this.readButton.disabled = true;
    this.content.setAttribute("aria-busy", "true");
    try {
      this.current = await readActiveSheetMapping(this.host);
      this.render(this.current);
      // Where the user is now, so that 指向所选单元格 says which cell it will take.
      const selected = await this.host.selectedCell().catch(() => undefined);
      this.showSelection(selected && selected.sheet === this.current.sheet ? selected.area ?? selected.cell : undefined);
    } catch (e) {
      this.status.error(e);
    } finally {
      this.readButton.disabled = false;
      this.content.setAttribute("aria-busy", "false");
    }
  }

  private render(mapping: ActiveSheetMapping): void {
    const heading = h("p", { class: "sheet-heading", "data-testid": "mapping-sheet", "data-sheet": mapping.sheet }, t("mapping.sheet", { sheet: mapping.sheet }));
    if (mapping.reading.kind !== "project") {
      // A department's form, a target form or a monitoring form is named; anything else is not a form.
      const kind = mapping.reading.kind;
      const named = kind !== "other";
      replace(
        this.content,
        heading,
        h(
          "div",
          { class: named ? "notice notice-ok" : "notice notice-warn", "data-testid": "mapping-not-form", "data-kind": kind },
          h("strong", {}, named ? t("mapping.otherKind", { sheet: mapping.sheet, kind: t(`kind.${kind}` as MessageKey) }) : t("mapping.notForm", { sheet: mapping.sheet })),
          h("p", {}, t("mapping.lookFor", { name: LABEL.name, budget: LABEL.budget, level3: LABEL.level3 })),
        ),
      );
      return;
    }
    replace(
      this.content,
      heading,
      this.table("mapping-table", t("mapping.table"), mapping.sheet, mappingRows(mapping)),
      h("h3", { class: "subheading" }, t("mapping.columns")),
      h("p", { class: "hint" }, t("mapping.columnsIntro")),
      this.table("mapping-columns", t("mapping.columns"), mapping.sheet, columnRows(mapping)),
    );
  }

  private table(testid: string, caption: string, sheet: string, rows: MappingRow[]): HTMLElement {
    return h(
      "table",
      { class: "mapping", "data-testid": testid },
      h("caption", { class: "visually-hidden" }, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, t("mapping.col.field")),
          h("th", { scope: "col" }, t("mapping.col.cell")),
          h("th", { scope: "col" }, t("mapping.col.value")),
          h("th", { scope: "col" }, h("span", { class: "visually-hidden" }, t("mapping.col.actions"))),
        ),
      ),
      h("tbody", {}, ...rows.map((row) => this.row(sheet, row))),
    );
  }

  private row(sheet: string, row: MappingRow): HTMLElement {
    // A field the form lacks has a row of its own kind: no cell to select, 本表无此项, and it can still be pointed.
    const testid = row.field.startsWith("columns.") ? "mapping-column-row" : row.absent ? "mapping-absent-row" : "mapping-row";
    const classes = [row.overridden && "is-overridden", row.absent && "is-absent"].filter(Boolean).join(" ");
    return h(
      "tr",
      { "data-testid": testid, "data-field": row.field, class: classes || null },
      h(
        "th",
        { scope: "row", class: "field-name" },
        row.label,
        row.overridden && h("span", { class: "tag", "data-testid": "mapping-overridden" }, t("mapping.overridden")),
      ),
      h(
        "td",
        { class: "field-cell" },
        row.address &&
          h(
            "button",
            {
              type: "button",
              class: "link",
              "data-testid": "mapping-cell",
              "aria-label": t("mapping.selectCell", { cell: row.address }),
              on: { click: () => this.host.selectCell({ sheet, cell: row.address }).catch((e) => this.status.error(e)) },
            },
            row.address,
          ),
      ),
      h("td", { class: "field-value", "data-testid": "mapping-value" }, row.value),
      h(
        "td",
        { class: "field-actions" },
        row.repointable &&
          h(
            "button",
            {
              type: "button",
              class: "small",
              "data-testid": "mapping-point",
              "aria-label": t("mapping.pointAria", { field: row.label }),
              on: { click: () => void this.point(sheet, row.field) },
            },
            t("mapping.point"),
          ),
        row.overridden &&
          h(
            "button",
            {
              type: "button",
              class: "small",
              "data-testid": "mapping-reset",
              "aria-label": t("mapping.resetAria", { field: row.label }),
              on: { click: () => void this.reset(sheet, row.field) },
            },
            t("mapping.reset"),
          ),
      ),
    );
  }

  private async point(sheet: string, field: string): Promise<void> {
    try {
      const selected = await this.host.selectedCell();
      if (selected.sheet !== sheet) {
        this.status.show(t("mapping.otherSheet", { selected: selected.sheet, sheet }));
        return;
      }
      const mapping = this.current;
      const problem = mapping && pointingProblem({ field, cell: selected.cell, area: selected.area, grid: mapping.grid, cells: { ...mapping.cells, ...mapping.overrides } });
      if (problem) {
        this.status.show(problemText(problem, field, selected.cell));
        return;
      }
      await setMappingOverride(this.host, sheet, field, selected.cell);
      await this.reload();
      this.status.show(t("mapping.pointed", { field: fieldLabel(field), cell: selected.cell }));
      this.focusRow(field, "mapping-point");
    } catch (e) {
      this.status.error(e);
    }
  }

  private async reset(sheet: string, field: string): Promise<void> {
    try {
      await setMappingOverride(this.host, sheet, field, null);
      await this.reload();
      this.status.show(t("mapping.resetDone", { field: fieldLabel(field) }));
      this.focusRow(field, "mapping-point");
    } catch (e) {
      this.status.error(e);
    }
  }

  /** After a re-render the clicked button is gone: put focus on its successor in the new row. */
  private focusRow(field: string, testid: string): void {
    const row = Array.from(this.content.querySelectorAll<HTMLElement>("tr[data-field]")).find((r) => r.dataset.field === field);
    row?.querySelector<HTMLElement>(`[data-testid="${testid}"]`)?.focus();
  }
}

/** Why a pointing was refused, in the pane's words. */
function problemText(problem: PointingProblem, field: string, cell: string): string {
  const name = fieldLabel(field);
  switch (problem.kind) {
    case "range":
      return t("mapping.refuseRange", { area: problem.area });
    case "columnRange":
      return t("mapping.refuseColumnRange", { area: problem.area });
    case "taken":
      return t("mapping.refuseTaken", { cell, other: fieldLabel(problem.other) });
    case "number":
      return t("mapping.refuseNumber", { field: name, cell, value: problem.value });
    case "year":
      return t("mapping.refuseYear", { field: name, cell, value: problem.value });
    case "grade":
      return t("mapping.refuseGrade", { field: name, cell, value: problem.value });
    case "label":
      return t("mapping.refuseLabel", { field: name, cell, value: problem.value });
  }
}
