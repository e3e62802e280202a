/**
 * Renders a check result into the 检查 tab: in the bar that stays on screen, the filters (severity,
 * rule) and 上一条/下一条 with the position; below, the summary counts and the findings grouped by
 * sheet (headers that stay visible while their sheet scrolls, collapsible, 可能已过期 where the sheet
 * changed since), errors first within each sheet, the current finding marked.
 */
import type { CheckResult, WorkbookMapping } from "../core/check";
import { LABEL } from "../core/labels";
import type { Finding } from "../core/model";
import { Child, h, replace } from "./dom";
import { FindingActions, findingItem, severityBadge } from "./findingItem";
import { FindingsState, SEVERITIES, SeverityCounts, SheetGroup, findingKey, mappedFields } from "./findingsModel";
import { severityName, t } from "./i18n";

export interface FindingsViewOptions extends FindingActions {
  /** 重新检查本表 / 重新检查这些表 on sheets that changed since the check. */
  onRecheck(sheets: string[]): void;
}

function summaryList(state: FindingsState): HTMLElement {
  const { projects, counts } = state.summary;
  return h(
    "ul",
    { class: "summary", "data-testid": "check-summary", "aria-label": t("check.summary") },
    h("li", { "data-testid": "summary-projects" }, `${t("check.summary.projects")} `, h("strong", {}, projects)),
    ...SEVERITIES.map((s) => h("li", { "data-testid": `summary-${s}`, class: `sev-${s}` }, `${severityName(s)} `, h("strong", {}, counts[s]))),
  );
}

function notice(testid: string, title: string, hint: string, kind: "ok" | "warn"): HTMLElement {
  return h("div", { class: `notice notice-${kind}`, "data-testid": testid }, h("strong", {}, title), h("p", {}, hint));
}

function groupCounts(c: SeverityCounts): HTMLElement {
  return h("span", { class: "group-counts" }, ...SEVERITIES.filter((s) => c[s] > 0).map((s) => severityBadge(s, c[s])));
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
  private items = new Map<string, HTMLLIElement>();
  private groupsBySheet = new Map<string, HTMLDetailsElement>();
  private position: HTMLElement | undefined;
  private collapseButton: HTMLButtonElement | undefined;
  private shown: HTMLElement | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly head: HTMLElement,
    private readonly banner: HTMLElement,
    private readonly options: FindingsViewOptions,
  ) {}

  get current(): FindingsState | undefined {
    return this.state;
  }

  showNotRun(): void {
    this.state = undefined;
    replace(this.head);
    this.banner.hidden = true;
    replace(this.root, h("p", { class: "empty", "data-testid": "check-not-run" }, t("check.notRun")));
  }

  /** Shows a new result, keeping the filters, the collapsed sheets and the current finding of the one before. */
  show(result: CheckResult & { mapping?: WorkbookMapping }, stale: Iterable<string> = []): void {
    const state = FindingsState.next(result, this.state);
    for (const sheet of stale) state.stale.add(sheet);
    this.state = state;
    const parts: Child[] = [summaryList(state)];
    const outcome = state.outcome;
    if (outcome === "noProjects") {
      parts.push(notice("check-no-projects", t("check.noProjects"), t("check.noProjectsHint", { name: LABEL.name, budget: LABEL.budget, level3: LABEL.level3 }), "warn"));
    } else if (outcome === "clean") {
      parts.push(notice("check-clean", t("check.none"), t("check.noneHint", { projects: state.summary.projects }), "ok"));
    }
    this.list = undefined;
    if (state.result.findings.length > 0) {
      this.list = h("div", { class: "findings", role: "region", "aria-label": t("check.findings"), "data-testid": "findings" });
      arrowKeys(this.list);
      parts.push(this.list);
      this.renderHead(state);
    } else {
      replace(this.head);
    }
    replace(this.root, ...parts);
    this.renderList();
  }

  /** Marks these sheets 可能已过期 (they changed since they were checked). */
  setStale(sheets: Iterable<string>): void {
    const state = this.state;
    if (!state) return;
    state.stale.clear();
    for (const sheet of sheets) if (state.result.sheets.some((s) => s.name === sheet)) state.stale.add(sheet);
    this.renderBanner();
    this.renderList();
  }

  /** 下一条 / 上一条: the current finding moves (opening its sheet if collapsed) and is returned. */
  move(step: 1 | -1): Finding | undefined {
    const f = this.state?.move(step);
    if (f) this.markCurrent(f, true);
    return f;
  }

  /** 上一条/下一条 (the buttons, F8 and Shift+F8): the next finding becomes current and its cell is selected. */
  go(step: 1 | -1): void {
    const f = this.move(step);
    if (f) this.options.onSelect(f);
  }

  /** Makes `f` the current finding (a click on it, a cause followed). */
  markCurrent(f: Finding, scroll = false): void {
    const state = this.state;
    if (!state) return;
    state.current = findingKey(f);
    const group = this.groupsBySheet.get(f.sheet);
    if (group && !group.open) {
      group.open = true;
      state.setCollapsed(f.sheet, false);
      this.updateCollapseButton();
    }
    for (const [key, item] of this.items) {
      const on = key === state.current;
      item.classList.toggle("is-current", on);
      const button = item.querySelector("button.finding");
      if (on) button?.setAttribute("aria-current", "true");
      else button?.removeAttribute("aria-current");
    }
    if (scroll) this.items.get(state.current)?.scrollIntoView({ block: "nearest" });
    this.updatePosition();
  }

  private renderHead(state: FindingsState): void {
    const counts = state.summary.counts;
    const severity = h(
      "fieldset",
      { class: "filter", "data-testid": "severity-filter" },
      h("legend", { class: "visually-hidden" }, t("check.filter")),
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
    const rule = h(
      "select",
      {
        id: "rule-filter",
        "data-testid": "rule-filter",
        "aria-label": t("check.filterRule"),
        on: {
          change: (e) => {
            const value = (e.target as HTMLSelectElement).value;
            state.rule = value === "" ? null : value;
            this.renderList();
          },
        },
      },
      h("option", { value: "" }, t("check.allRules", { count: state.result.findings.length })),
      ...state.rules.map((r) => h("option", { value: r.rule }, t("check.ruleOption", { name: r.name, count: r.count }))),
    );
    rule.value = state.rule ?? "";
    this.position = h("span", { class: "nav-position", "data-testid": "nav-position", "aria-live": "polite" });
    this.shown = h("span", { class: "shown", "data-testid": "check-shown" });
    this.collapseButton = h("button", { type: "button", class: "small", "data-testid": "collapse-all", on: { click: () => this.toggleAll() } });
    const keys = t("nav.keys");
    replace(
      this.head,
      h("div", { class: "filters" }, severity, h("label", { class: "rule-filter" }, h("span", { class: "visually-hidden" }, t("check.filterRule")), rule)),
      h(
        "div",
        { class: "nav", role: "group", "aria-label": t("nav.label"), "data-testid": "nav" },
        h("button", { type: "button", "data-testid": "nav-prev", title: keys, "aria-keyshortcuts": "Shift+F8", on: { click: () => this.go(-1) } }, `↑ ${t("nav.previous")}`),
        h("button", { type: "button", "data-testid": "nav-next", title: keys, "aria-keyshortcuts": "F8", on: { click: () => this.go(1) } }, `${t("nav.next")} ↓`),
        this.position,
        this.collapseButton,
      ),
      this.shown,
    );
  }

  private renderBanner(): void {
    const state = this.state;
    const stale = state ? [...state.stale] : [];
    this.banner.hidden = stale.length === 0;
    if (stale.length === 0) return replace(this.banner);
    replace(
      this.banner,
      h("span", {}, t("stale.banner", { count: stale.length })),
      h("button", { type: "button", class: "small", "data-testid": "stale-recheck-all", on: { click: () => this.options.onRecheck(stale) } }, t("stale.recheckAll")),
    );
  }

  private sheetGroup(group: SheetGroup, state: FindingsState): HTMLDetailsElement {
    const reading = state.result.sheets.find((s) => s.name === group.sheet);
    const project = reading?.kind === "project" ? reading.project.name.value : null;
    const stale = state.stale.has(group.sheet);
    const details = h(
      "details",
      { class: stale ? "sheet-group is-stale" : "sheet-group", "data-testid": "sheet-group", "data-sheet": group.sheet, open: !state.collapsed.has(group.sheet) },
      h(
        "summary",
        { "data-testid": "sheet-group-summary" },
        h("span", { class: "sheet-name" }, group.sheet),
        project && project !== group.sheet ? h("span", { class: "project-name" }, t("check.projectOf", { name: project })) : null,
        groupCounts(group.counts),
        stale ? h("span", { class: "badge stale", "data-testid": "stale-badge" }, t("stale.badge")) : null,
      ),
      stale
        ? h(
            "div",
            { class: "stale-note", "data-testid": "stale-note" },
            h("span", {}, t("stale.sheet")),
            h("button", { type: "button", class: "small", "data-testid": "stale-recheck", on: { click: () => this.options.onRecheck([group.sheet]) } }, t("stale.recheck")),
          )
        : null,
      h("ul", { class: "finding-list" }, ...group.findings.map((f) => this.item(f, state))),
    );
    details.addEventListener("toggle", () => {
      state.setCollapsed(group.sheet, !details.open);
      this.updateCollapseButton();
    });
    this.groupsBySheet.set(group.sheet, details);
    return details;
  }

  private item(f: Finding, state: FindingsState): HTMLLIElement {
    const li = findingItem(f, mappedFields(f, state.result.mapping), findingKey(f) === state.current, {
      onSelect: (x) => this.options.onSelect(x),
      onFix: (x) => this.options.onFix(x),
      onCause: (sheet, cell, rule) => this.options.onCause(sheet, cell, rule),
    });
    this.items.set(findingKey(f), li);
    return li;
  }

  private renderList(): void {
    const state = this.state;
    this.items.clear();
    this.groupsBySheet.clear();
    if (!state || !this.list) return;
    if (this.shown) this.shown.textContent = t("check.shown", { shown: state.visible.length, total: state.result.findings.length });
    const groups = state.groups;
    if (groups.length === 0) replace(this.list, h("p", { class: "empty", "data-testid": "check-all-filtered" }, t("check.allFiltered")));
    else replace(this.list, ...groups.map((g) => this.sheetGroup(g, state)));
    this.renderBanner();
    this.updatePosition();
    this.updateCollapseButton();
  }

  private updatePosition(): void {
    const state = this.state;
    if (!state || !this.position) return;
    const { at, of } = state.position;
    this.position.textContent = at ? t("nav.position", { at, of }) : t("nav.count", { of });
  }

  private updateCollapseButton(): void {
    if (!this.collapseButton) return;
    const anyOpen = [...this.groupsBySheet.values()].some((g) => g.open);
    this.collapseButton.textContent = anyOpen ? t("check.collapseAll") : t("check.expandAll");
    this.collapseButton.disabled = this.groupsBySheet.size === 0;
  }

  private toggleAll(): void {
    const state = this.state;
    if (!state) return;
    const open = ![...this.groupsBySheet.values()].some((g) => g.open);
    for (const [sheet, group] of this.groupsBySheet) {
      group.open = open;
      state.setCollapsed(sheet, !open);
    }
    this.updateCollapseButton();
  }
}
