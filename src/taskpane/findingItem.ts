/**
 * One finding of the 检查 list: the row that takes the user to its cell (and names its sheet for
 * screen readers), 改为 … where the finding carries a fix, and 说明, which opens the rule's
 * description, rationale and source and the earlier findings it follows from (先修正 E6).
 */
import type { Finding, Severity } from "../core/model";
import { RULES_BY_ID } from "../core/rules";
import { h } from "./dom";
import { fieldLabel } from "./mappingModel";
import { findingKey, fixText } from "./findingsModel";
import { currentLocale, findingMessage, ruleName, severityName, t } from "./i18n";

export interface FindingActions {
  /** The row was activated (click, Enter, Space): select its cell, make it current. */
  onSelect(finding: Finding): void;
  /** 改为 …: write the fix. */
  onFix(finding: Finding): void;
  /** 先修正 E6: go to the finding that one follows from. */
  onCause(sheet: string, cell: string, rule: string): void;
}

export function severityBadge(severity: Severity, count?: number): HTMLElement {
  return h("span", { class: `badge sev-${severity}`, "data-severity": severity }, count === undefined ? severityName(severity) : `${severityName(severity)} ${count}`);
}

let detailIds = 0;

/** The rule's documentation and the causes, built when the user opens 说明 (most never are). */
function detail(f: Finding, actions: FindingActions): HTMLElement[] {
  const lang = currentLocale();
  const docs = RULES_BY_ID.get(f.rule)?.meta.docs;
  const parts: HTMLElement[] = [];
  if (docs) {
    parts.push(
      h("p", { class: "rule-description" }, docs.description[lang]),
      h("p", {}, h("strong", {}, t("finding.rationale")), docs.rationale[lang]),
      h("p", { class: "rule-source" }, h("strong", {}, t("finding.source")), docs.source[lang]),
    );
  }
  if (f.causes?.length) {
    parts.push(
      h("p", { class: "causes-intro" }, t("finding.causes")),
      h(
        "div",
        { class: "causes" },
        ...f.causes.map((c) =>
          h(
            "button",
            { type: "button", class: "small", "data-testid": "finding-cause", "data-cell": c.cell, "data-rule": c.rule, on: { click: () => actions.onCause(f.sheet, c.cell, c.rule) } },
            t("finding.cause", { cell: c.cell, rule: ruleName(c.rule) }),
          ),
        ),
      ),
    );
  }
  return parts;
}

export function findingItem(f: Finding, mapped: string[], current: boolean, actions: FindingActions): HTMLLIElement {
  const id = `finding-detail-${++detailIds}`;
  const panel = h("div", { class: "finding-detail", id, "data-testid": "finding-detail", hidden: true });
  const more = h(
    "button",
    {
      type: "button",
      class: "small",
      "data-testid": "finding-more",
      "aria-expanded": "false",
      "aria-controls": id,
      "aria-label": t("finding.detailsAria", { rule: ruleName(f.rule) }),
      on: {
        click: () => {
          const open = panel.hidden;
          if (open && panel.childElementCount === 0) panel.append(...detail(f, actions));
          panel.hidden = !open;
          more.setAttribute("aria-expanded", String(open));
        },
      },
    },
    t("finding.details"),
  );
  const fixValue = fixText(f);
  return h(
    "li",
    { class: current ? "finding-item is-current" : "finding-item", "data-key": findingKey(f) },
    h(
      "button",
      {
        type: "button",
        class: "finding",
        "data-testid": "finding",
        "data-rule": f.rule,
        "data-severity": f.severity,
        "data-sheet": f.sheet,
        "data-cell": f.cell,
        "aria-current": current ? "true" : null,
        on: { click: () => actions.onSelect(f) },
      },
      h("span", { class: "visually-hidden" }, t("finding.sheet", { sheet: f.sheet })),
      severityBadge(f.severity),
      h("span", { class: "finding-cell" }, f.cell),
      h("span", { class: "finding-rule", title: f.rule }, ruleName(f.rule)),
      mapped.length
        ? h("span", { class: "tag", "data-testid": "finding-mapped", title: t("finding.mappedTitle", { fields: mapped.map(fieldLabel).join("、") }) }, t("finding.mapped"))
        : null,
      h("span", { class: "finding-message" }, findingMessage(f)),
    ),
    h(
      "div",
      { class: "finding-actions" },
      fixValue !== undefined
        ? h(
            "button",
            {
              type: "button",
              class: "small fix",
              "data-testid": "finding-fix",
              "aria-label": t("finding.fixAria", { cell: f.fix!.cell, value: fixValue }),
              on: { click: () => actions.onFix(f) },
            },
            t("finding.fix", { value: fixValue }),
          )
        : null,
      more,
    ),
    panel,
  );
}
