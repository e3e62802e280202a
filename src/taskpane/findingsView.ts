/**
 * Renders a check result into the 检查 tab: summary counts, the severity filter, and the
 * findings grouped by sheet. Every finding is a button; activating it selects its cell.
 */
import type { CheckResult } from "../core/check";
import { LABEL } from "../core/labels";
import type { Finding, Severity } from "../core/model";
import { Child, h, replace } from "./dom";
import { FindingsState, SEVERITIES, SeverityCounts, SheetGroup } from "./findingsModel";
import { findingMessage, ruleName, severityName, t } from "./i18n";

export interface FindingsViewOptions {
  /** Called when a finding is activated (click, Enter, Space). */
  onSelect(finding: Finding): void;
}

function severityBadge(severity: Severity, count?: number): HTMLElement {
  return h(
    "span",
    { class: `badge sev-${severity}`, "data-severity": severity },
    count === undefined ? severityName(severity) : `${severityName(severity)} ${count}`,
  );
}

function summaryList(state: FindingsState): HTMLElement {
  const { projects, counts } = state.summary;
  return h(
    "ul",
    { class: "summary", "data-testid": "check-summary", "aria-label": t("check.summary") },
    h("li", { "data-testid": "summary-projects" }, `${t("check.summary.projects")} `, h("strong", {}, projects)),
    ...SEVERITIES.map((s) =>
      h("li", { "data-testid": `summary-${s}`, class: `sev-${s}` }, `${severityName(s)} `, h("strong", {}, counts[s])),
    ),
  );
}

function notice(testid: string, title: string, hint: string, kind: "ok" | "warn"): HTMLElement {
  return h("div", { class: `notice notice-${kind}`, "data-testid": testid }, h("strong", {}, title), h("p", {}, hint));
}

function findingButton(f: Finding, options: FindingsViewOptions): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "finding",
      "data-testid": "finding",
      "data-rule": f.rule,
      "data-severity": f.severity,
      "data-sheet": f.sheet,
      "data-cell": f.cell,
      on: { click: () => options.onSelect(f) },
    },
    severityBadge(f.severity),
    h("span", { class: "finding-cell" }, f.cell),
    h("span", { class: "finding-rule", title: f.rule }, ruleName(f.rule)),
    h("span", { class: "finding-message" }, findingMessage(f)),
  );
}

function groupCounts(c: SeverityCounts): HTMLElement {
  return h("span", { class: "group-counts" }, ...SEVERITIES.filter((s) => c[s] > 0).map((s) => severityBadge(s, c[s])));
}

function sheetGroup(group: SheetGroup, state: FindingsState, options: FindingsViewOptions): HTMLElement {
  const details = h(
    "details",
    { class: "sheet-group", "data-testid": "sheet-group", "data-sheet": group.sheet, open: !state.collapsed.has(group.sheet) },
    h("summary", { "data-testid": "sheet-group-summary" }, h("span", { class: "sheet-name" }, group.sheet), groupCounts(group.counts)),
    h("ul", { class: "finding-list" }, ...group.findings.map((f) => h("li", {}, findingButton(f, options)))),
  );
  details.addEventListener("toggle", () => state.setCollapsed(group.sheet, !details.open));
  return details;
}

/** ↑/↓ move between the visible findings, Home/End to the first/last; Enter/Space are the buttons' own. */
function arrowKeys(list: HTMLElement): void {
  list.addEventListener("keydown", (e) => {
    if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) return;
    const target = e.target as HTMLElement;
    if (!target.matches("button.finding")) return;
    const buttons = Array.from(list.querySelectorAll<HTMLElement>("button.finding")).filter((b) => b.offsetParent !== null);
    const i = buttons.indexOf(target);
    const next = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: buttons.length - 1 }[e.key as "Home"];
    if (next < 0 || next >= buttons.length) return;
    e.preventDefault();
    buttons[next].focus();
  });
}

export class FindingsView {
  private state: FindingsState | undefined;
  private list: HTMLElement | undefined;
  private shown: HTMLElement | undefined;

  constructor(private readonly root: HTMLElement, private readonly options: FindingsViewOptions) {}

  showNotRun(): void {
    this.state = undefined;
    replace(this.root, h("p", { class: "empty", "data-testid": "check-not-run" }, t("check.notRun")));
  }

  /** Shows a new result, keeping the filter and the collapsed sheets of the one before. */
  show(result: CheckResult): void {
    const state = FindingsState.next(result, this.state);
    this.state = state;
    const parts: Child[] = [summaryList(state)];
    const outcome = state.outcome;
    if (outcome === "noProjects") {
      parts.push(notice("check-no-projects", t("check.noProjects"), t("check.noProjectsHint", labels()), "warn"));
    } else if (outcome === "clean") {
      parts.push(notice("check-clean", t("check.none"), t("check.noneHint", { projects: state.summary.projects }), "ok"));
    }
    if (state.result.findings.length > 0) {
      this.shown = h("p", { class: "shown", "data-testid": "check-shown" });
      this.list = h("div", { class: "findings", role: "region", "aria-label": t("check.findings"), "data-testid": "findings" });
      arrowKeys(this.list);
      parts.push(this.filter(state), this.shown, this.list);
    }
    replace(this.root, ...parts);
    this.renderList();
  }

  private filter(state: FindingsState): HTMLElement {
    const counts = state.summary.counts;
    return h(
      "fieldset",
      { class: "filter", "data-testid": "severity-filter" },
      h("legend", {}, t("check.filter")),
      ...SEVERITIES.map((s) =>
        h(
          "label",
          { class: `filter-option sev-${s}` },
          h("input", {
            type: "checkbox",
            "data-testid": `filter-${s}`,
            checked: state.filter[s],
            on: {
              change: (e) => {
                state.toggle(s, (e.target as HTMLInputElement).checked);
                this.renderList();
              },
            },
          }),
          ` ${severityName(s)} `,
          h("span", { class: "count", "data-testid": `filter-${s}-count` }, counts[s]),
        ),
      ),
    );
  }

  private renderList(): void {
    const state = this.state;
    if (!state || !this.list || !this.shown) return;
    const visible = state.visible.length;
    this.shown.textContent = t("check.shown", { shown: visible, total: state.result.findings.length });
    const groups = state.groups;
    if (groups.length === 0) {
      replace(this.list, h("p", { class: "empty", "data-testid": "check-all-filtered" }, t("check.allFiltered")));
      return;
    }
    replace(this.list, ...groups.map((g) => sheetGroup(g, state, this.options)));
  }
}

function labels(): Record<string, string> {
  return { name: LABEL.name, budget: LABEL.budget, level3: LABEL.level3 };
}
