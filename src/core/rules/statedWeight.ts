// STATED_WEIGHT: a weight printed in a label (产出指标(50分), 绩效指标(90分)) must be the sum of the 分值 it labels (specimens 05, 06: they differ).
import { Grid, a1 } from "../grid";
import { Field, Indicator, Project, WeightLabel } from "../model";
import { SUM_TOLERANCE, cellText, compact, fmt2, halfWidth, isBlank, roundDecimal, sumDecimal, within } from "../numbers";
import { ProjectRule, Report, report } from "./rule";
import { WEIGHT_IN_LABEL, level1Groups, stem } from "./levels";

/** The weight a label prints, or undefined: 产出指标(50分) → 50. */
export function printedWeight(text: string): number | undefined {
  if (text.indexOf("分") < 0) return undefined; // most labels print none
  const m = WEIGHT_IN_LABEL.exec(halfWidth(compact(text)));
  return m ? Number(m[1]) : undefined;
}

const BUDGET_LABEL = /^(预算执行(情况|率)?|项目资金|资金)$/;
const INDICATORS_LABEL = /^(年度)?绩效(指标|目标)$/;
const WEIGHT_HEADER = /^(分值|分数|权重)$/;

/**
 * The labels outside the indicators' 一级/二级 cells that print a weight, and what they label:
 * 预算执行情况(万元)(20分) the budget's 分数, 绩效指标(90分) every 分值; a 分值(10分) header
 * labels the budget above the indicator table and the indicators on the table's header.
 */
export function weightLabels(grid: Grid, project: Project): WeightLabel[] {
  const first = project.indicators[0];
  const tableHeaderRow = first ? first.row - 2 : Infinity; // 0-based
  // In the indicator rows only the columns left of 一级指标 can hold a block's label (绩效指标(90分) merged down).
  const leftOfTable = first ? first.level1.col - grid.left : Infinity;
  const labels: WeightLabel[] = [];
  grid.values.forEach((values, r) => {
    const end = grid.top + r > tableHeaderRow ? Math.min(values.length, leftOfTable) : values.length;
    for (let c = 0; c < end; c++) {
      const text = values[c];
      if (typeof text !== "string" || text.indexOf("分") < 0) continue;
      const weight = printedWeight(text);
      if (weight === undefined) continue;
      const row = grid.top + r;
      const cell = a1(row, grid.left + c);
      const name = halfWidth(compact(text)).replace(WEIGHT_IN_LABEL, "").replace(/\(万元\)/g, "");
      const kind = BUDGET_LABEL.test(name) ? "budget"
        : INDICATORS_LABEL.test(name) ? "indicators"
        : WEIGHT_HEADER.test(name) ? (row < tableHeaderRow ? "budget" : "indicators")
        : undefined;
      if (kind) labels.push({ cell, text: text.trim(), weight, labels: kind });
    }
  });
  return labels;
}

/**
 * A 一级/二级 label as the form prints it. The reader gives the level's meaning as the value
 * (产出指标(50分) is 产出指标, so that groups and the hierarchy compare meanings); the weight is in
 * the cell's text.
 */
function printedLabel(field: Field<string>): string | undefined {
  return field.absent || isBlank(field.raw) ? undefined : cellText(field.raw);
}

/** The sum of the indicators' 分值, or undefined when one cannot be read or the form has none. */
function weightSum(indicators: readonly Indicator[]): number | undefined {
  const weights = indicators.filter((ind) => !ind.weight.absent);
  if (weights.length === 0 || weights.some((ind) => ind.weight.value === null)) return undefined;
  return sumDecimal(weights.map((ind) => ind.weight.value));
}

/**
 * What the indicators weigh, and the cells that say so: their 分值; on a form without a 分值
 * column (湖北), the weights their 一级 labels print (产出指标(60分) + 效益指标(40分)), when every
 * group prints one.
 */
function indicatorsWeight(project: Project): { sum: number; cells: string[] } | undefined {
  const indicators = project.indicators;
  if (indicators.some((ind) => !ind.weight.absent)) {
    const sum = weightSum(indicators);
    return sum === undefined ? undefined : { sum, cells: indicators.map((ind) => ind.weight.cell) };
  }
  const labels = level1Groups(project).map((g) => g.indicators[0].level1);
  const weights = labels.map((label) => {
    const text = printedLabel(label);
    return text === undefined ? undefined : printedWeight(text);
  });
  if (labels.length === 0 || weights.some((w) => w === undefined)) return undefined;
  return { sum: sumDecimal(weights), cells: labels.map((label) => label.cell) };
}

/** The label with its printed weight replaced by the sum (产出指标(50分) → 产出指标(48分)). */
function relabelled(text: string, sum: number): string {
  return text.replace(/[0-9０-９]+(?:[.．][0-9０-９]+)?(?=\s*分\s*[)）]\s*$)/, String(roundDecimal(sum, 2)));
}

export const StatedWeightRule: ProjectRule = {
  id: "STATED_WEIGHT",
  meta: {
    severity: "error",
    fixable: true,
    docs: {
      name: { zh: "标明的分值", en: "Stated weight" },
      description: { zh: "标签中写明的分值与其下各项分值之和不符", en: "A weight printed in a label differs from the weights it labels" },
      rationale: {
        zh: "许多地方的表把分值写在标签里（产出指标(50分)、绩效指标(90分)、预算执行情况(10分)）；标签与分值列对不上时，总分的满分就说不清。",
        en: "Many forms print weights in labels (产出指标(50分), 绩效指标(90分), 预算执行情况(10分)); when label and weight column disagree, the full mark is unclear.",
      },
      source: { zh: "各地自评表（四川、湖北、宁夏等）的标签分值；样表 05、06 标签与分值不符", en: "Provincial forms (Sichuan, Hubei, Ningxia) print weights in labels; specimens 05 and 06 disagree" },
      examples: {
        invalid: { zh: "“产出指标(50分)”下各指标分值合计 48", en: "产出指标(50分) over weights adding up to 48" },
        valid: { zh: "“产出指标(50分)”下合计 50", en: "产出指标(50分) over weights adding up to 50" },
      },
    },
    messages: {
      differs: {
        zh: "“{label}”标明 {stated} 分，而其下各项分值合计为 {sum}",
        en: "\"{label}\" states {stated} points, but the weights it labels add up to {sum}",
      },
    },
  },
  check(project: Project) {
    const reports: Report[] = [];
    const compare = (at: Field<unknown> | string, text: string, stated: number, sum: number | undefined, reads: string[]) => {
      if (sum === undefined || within(stated, sum, SUM_TOLERANCE)) return;
      const cell = typeof at === "string" ? at : at.cell;
      reports.push(report(project, at, "differs", { label: text, stated: fmt2(stated), sum: fmt2(sum) },
        { expected: roundDecimal(sum, 2), actual: stated, reads: [cell, ...reads], fix: { cell, value: relabelled(text, sum) } }));
    };
    const weightCells = (inds: readonly Indicator[]) => inds.map((ind) => ind.weight.cell);
    const budget = project.funds.total.weight;
    const budgetWeight = budget.absent ? undefined : budget.value ?? undefined;
    const groups = level1Groups(project);
    groups.forEach((group, g) => {
      const label = group.indicators[0].level1;
      const text = printedLabel(label);
      const stated = text === undefined ? undefined : printedWeight(text);
      if (stated === undefined) return;
      // 银川 scores 预算执行率 as a row of 项目管理(25分): the reader took that row for the budget's 分数, which the label still weighs.
      const last = group.indicators[group.indicators.length - 1];
      const nextRow = g + 1 < groups.length ? groups[g + 1].indicators[0].level1.row : last.row; // 1-based: below the last row
      const holdsBudget = budgetWeight !== undefined && label.row <= budget.row && budget.row < nextRow;
      const sum = weightSum(group.indicators);
      const cells = weightCells(group.indicators);
      if (holdsBudget) compare(label, text!, stated, sum === undefined ? undefined : sumDecimal([sum, budgetWeight]), [budget.cell, ...cells]);
      else compare(label, text!, stated, sum, cells);
    });
    for (const group of groups) {
      // 二级 runs within the group: 数量指标(10分) labels the 分值 of its rows.
      let start = 0;
      group.indicators.forEach((ind, i) => {
        const next = group.indicators[i + 1];
        const key = (x: Indicator) => (x.level2.value === null ? "" : stem(x.level2.value));
        if (next && key(next) === key(ind)) return;
        const run = group.indicators.slice(start, i + 1);
        start = i + 1;
        const level2 = run[0].level2;
        const text2 = printedLabel(level2);
        const printed = text2 === undefined ? undefined : printedWeight(text2);
        if (printed !== undefined) compare(level2, text2!, printed, weightSum(run), weightCells(run));
      });
    }
    for (const label of project.weightLabels ?? []) {
      if (label.labels === "budget") compare(label.cell, label.text, label.weight, budgetWeight, [budget.cell]);
      else {
        const weighs = indicatorsWeight(project);
        compare(label.cell, label.text, label.weight, weighs?.sum, weighs?.cells ?? []);
      }
    }
    return reports;
  },
};
