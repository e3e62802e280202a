/**
 * Every string the task pane shows, in Chinese (the default) and English. The Chinese field
 * and rule names come from core (labels.ts, ruleNames.ts), so the pane says what the form says.
 * DOM-free: views and tests import it alike.
 */
import { INDICATOR_COLUMN_LABELS as COLUMNS, KIND_NAMES, LABEL } from "../core/labels";
import type { Severity } from "../core/model";
import { RULE_NAMES, SEVERITY_NAMES } from "../core/ruleNames";

const zh = {
  "app.title": "绩效自评助手",
  "app.tabs": "功能",
  "tab.mapping": "映射",
  "tab.check": "检查",
  "tab.export": "导出",

  "status.error": "出错：{message}",
  "status.unknownError": "未知错误",

  "severity.error": SEVERITY_NAMES.error,
  "severity.warning": SEVERITY_NAMES.warning,
  "severity.info": SEVERITY_NAMES.info,

  "field.title": "表头",
  "field.name": LABEL.name,
  "field.department": LABEL.department,
  "field.implementer": LABEL.implementer,
  "field.year": "年度",
  "field.goals.planned": `${LABEL.goals}·${LABEL.planned}`,
  "field.goals.achieved": `${LABEL.goals}·${LABEL.achieved}`,
  "field.totalWeight": `${LABEL.totalRow}·${LABEL.indicatorWeight}`,
  "field.totalScore": `${LABEL.totalRow}·${LABEL.score}`,
  "field.grade": LABEL.grade,
  "field.code": "项目编码",
  "field.narrative.conclusion": "评价结论",
  "field.narrative.problems": "存在问题",
  "field.narrative.measures": "改进措施",
  "fundRow.total": LABEL.total,
  "fundRow.current": LABEL.current,
  "fundRow.carryover": LABEL.carryover,
  "fundRow.other": LABEL.other,
  "fundColumn.initial": LABEL.initial,
  "fundColumn.budget": LABEL.budget,
  "fundColumn.executed": LABEL.executed,
  "fundColumn.weight": LABEL.weight,
  "fundColumn.rate": LABEL.rate,
  "fundColumn.score": LABEL.score,
  "field.separator": "·",
  "column.level1": COLUMNS.level1[0],
  "column.level2": COLUMNS.level2[0],
  "column.name": COLUMNS.name[0],
  "column.targetOperator": COLUMNS.targetOperator[0],
  "column.target": COLUMNS.target[0],
  "column.targetUnit": COLUMNS.targetUnit[0],
  "column.actual": COLUMNS.actual[0],
  "column.weight": COLUMNS.weight[0],
  "column.score": COLUMNS.score[0],
  "column.reason": COLUMNS.reason[0],
  "kind.department": KIND_NAMES.department,
  "kind.target": KIND_NAMES.target,
  "kind.monitoring": KIND_NAMES.monitoring,

  "mapping.intro": "加载项按标签识别自评表的各个字段。若某个字段认错了单元格，先在 Excel 中选中正确的单元格，再点该字段的“指向所选单元格”。",
  "mapping.read": "读取当前工作表",
  "mapping.sheet": "工作表：{sheet}",
  "mapping.notForm": "工作表“{sheet}”没有被识别为自评表。",
  "mapping.lookFor": "识别时查找这些标签：“{name}”，以及“{budget}”或“{level3}”表头。封面、填表说明等其他工作表会被跳过。",
  "mapping.table": "字段映射",
  "mapping.col.field": "字段",
  "mapping.col.cell": "单元格",
  "mapping.col.value": "读取的值",
  "mapping.col.actions": "操作",
  "mapping.overridden": "已手动指定",
  "mapping.empty": "（空）",
  "mapping.unreadable": "{raw}（无法识别）",
  "mapping.selectCell": "在 Excel 中选中 {cell}",
  "mapping.point": "指向所选单元格",
  "mapping.pointAria": "将“{field}”指向所选单元格",
  "mapping.reset": "恢复自动",
  "mapping.resetAria": "恢复“{field}”的自动识别",
  "mapping.pointed": "已将“{field}”指向 {cell}。请重新检查工作簿。",
  "mapping.resetDone": "已恢复“{field}”的自动识别。请重新检查工作簿。",
  "mapping.otherSheet": "所选单元格在工作表“{selected}”上，请先在“{sheet}”上选择单元格。",
  "mapping.absent": "本表无此项",
  "mapping.columns": "指标表的列",
  "mapping.columnsIntro": "按表头找到的指标表各列（表头单元格）。认错了列时，选中该列中的任一单元格，再点“指向所选单元格”。",
  "mapping.otherKind": "工作表“{sheet}”是{kind}，已识别，暂不按自评表检查。",

  "check.run": "检查工作簿",
  "check.rerun": "重新检查",
  "check.cancel": "取消",
  "check.clear": "清除标记",
  "check.progress": "检查进度",
  "check.stage.read": "读取工作表…",
  "check.stage.check": "检查 {done}/{total}",
  "check.stage.paint": "标记单元格…",
  "check.running": "正在检查工作簿…",
  "check.runningRibbon": "正在检查工作簿（从功能区启动）…",
  "check.cancelled": "已取消检查。",
  "check.done": "检查完成：错误 {errors} · 警告 {warnings} · 提示 {infos}。",
  "check.notRun": "还没有检查。点“检查工作簿”开始；有问题的单元格会按严重程度标上颜色。",
  "check.summary": "检查结果",
  "check.summary.projects": "项目",
  "check.filter": "按严重程度筛选",
  "check.shown": "显示 {shown} 条，共 {total} 条",
  "check.none": "未发现问题",
  "check.noneHint": "{projects} 个自评表都通过了检查。",
  "check.noProjects": "没有找到自评表",
  "check.noProjectsHint": "自评表要有“{name}”标签，以及“{budget}”或“{level3}”表头。可在“映射”页查看当前工作表的识别结果，或用下方“模板”插入一张标准自评表。",
  "check.allFiltered": "当前筛选下没有问题。",
  "check.findings": "问题列表",
  "check.cleared": "已恢复 {count} 个单元格的原有填充",
  "check.clearing": "正在清除标记…",

  "export.intro": "导出本次检查的结果。",
  "export.report": "导出报告（JSON）",
  "export.reportDesc": "所有工作表的读取结果、字段映射和问题列表，供其他工具读取。",
  "export.copy": "导出检查副本",
  "export.copyDesc": "当前工作簿的 xlsx 副本，问题单元格已按严重程度标色。",
  "export.needCheck": "请先在“检查”页运行检查，然后才能导出。",
  "export.saved": "已导出 {file}",
  "export.copying": "正在生成检查副本…",

  "template.heading": "模板",
  "template.insert": "插入自评表",
  "template.summary": "生成汇总表",
  "template.desc": "插入一张带公式的标准自评表，或把所有自评表汇总到一张工作表。",
  "template.inserted": "已插入工作表“{sheet}”",
  "template.summarized": "已生成汇总表“{sheet}”",
  "template.unavailable": "模板功能尚未接入此版本。",
} as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  "app.title": "Performance self-evaluation",
  "app.tabs": "Sections",
  "tab.mapping": "Mapping",
  "tab.check": "Check",
  "tab.export": "Export",

  "status.error": "Error: {message}",
  "status.unknownError": "Unknown error",

  "severity.error": "Error",
  "severity.warning": "Warning",
  "severity.info": "Info",

  "field.title": "Form title",
  "field.name": "Project name",
  "field.department": "Competent department",
  "field.implementer": "Implementing unit",
  "field.year": "Year",
  "field.goals.planned": "Annual goals · Planned",
  "field.goals.achieved": "Annual goals · Achieved",
  "field.totalWeight": "Total · Weight",
  "field.totalScore": "Total · Score",
  "field.grade": "Grade",
  "field.code": "Project code",
  "field.narrative.conclusion": "Conclusion",
  "field.narrative.problems": "Problems found",
  "field.narrative.measures": "Improvements",
  "fundRow.total": "Total funds",
  "fundRow.current": "Current appropriation",
  "fundRow.carryover": "Carried over",
  "fundRow.other": "Other funds",
  "fundColumn.initial": "Initial budget",
  "fundColumn.budget": "Full-year budget",
  "fundColumn.executed": "Executed",
  "fundColumn.weight": "Weight",
  "fundColumn.rate": "Execution rate",
  "fundColumn.score": "Score",
  "field.separator": " · ",
  "column.level1": "Level 1 indicator",
  "column.level2": "Level 2 indicator",
  "column.name": "Indicator",
  "column.targetOperator": "Target operator",
  "column.target": "Target",
  "column.targetUnit": "Target unit",
  "column.actual": "Actual",
  "column.weight": "Weight",
  "column.score": "Score",
  "column.reason": "Reason for deviation",
  "kind.department": "department-wide expenditure self-evaluation form",
  "kind.target": "performance target form",
  "kind.monitoring": "performance monitoring form",

  "mapping.intro": "The add-in finds each field of a form by its labels. If a field points at the wrong cell, select the right cell in Excel and click that field's “Point to selected cell”.",
  "mapping.read": "Read active sheet",
  "mapping.sheet": "Sheet: {sheet}",
  "mapping.notForm": "Sheet “{sheet}” is not recognised as a self-evaluation form.",
  "mapping.lookFor": "A form needs the label “{name}” and a “{budget}” or “{level3}” header. Other sheets (covers, notes) are skipped.",
  "mapping.table": "Field mapping",
  "mapping.col.field": "Field",
  "mapping.col.cell": "Cell",
  "mapping.col.value": "Value read",
  "mapping.col.actions": "Actions",
  "mapping.overridden": "Set manually",
  "mapping.empty": "(empty)",
  "mapping.unreadable": "{raw} (unreadable)",
  "mapping.selectCell": "Select {cell} in Excel",
  "mapping.point": "Point to selected cell",
  "mapping.pointAria": "Point “{field}” to the selected cell",
  "mapping.reset": "Reset",
  "mapping.resetAria": "Find “{field}” automatically again",
  "mapping.pointed": "“{field}” now points to {cell}. Check the workbook again.",
  "mapping.resetDone": "“{field}” is found automatically again. Check the workbook again.",
  "mapping.otherSheet": "The selected cell is on sheet “{selected}”; select a cell on “{sheet}” first.",
  "mapping.absent": "Not on this form",
  "mapping.columns": "Indicator table columns",
  "mapping.columnsIntro": "The indicator table's columns, found by their headers (the header cell). If a column is wrong, select any cell of the right column and click “Point to selected cell”.",
  "mapping.otherKind": "Sheet “{sheet}” is a {kind}: recognised, not checked as a project form.",

  "check.run": "Check workbook",
  "check.rerun": "Check again",
  "check.cancel": "Cancel",
  "check.clear": "Clear highlights",
  "check.progress": "Check progress",
  "check.stage.read": "Reading sheets…",
  "check.stage.check": "Checking {done}/{total}",
  "check.stage.paint": "Highlighting cells…",
  "check.running": "Checking the workbook…",
  "check.runningRibbon": "Checking the workbook (started from the ribbon)…",
  "check.cancelled": "Check cancelled.",
  "check.done": "Check finished: {errors} errors · {warnings} warnings · {infos} info.",
  "check.notRun": "Not checked yet. Click “Check workbook” to start; cells with findings are highlighted by severity.",
  "check.summary": "Result",
  "check.summary.projects": "Projects",
  "check.filter": "Filter by severity",
  "check.shown": "Showing {shown} of {total}",
  "check.none": "No problems found",
  "check.noneHint": "All {projects} forms passed the check.",
  "check.noProjects": "No self-evaluation forms found",
  "check.noProjectsHint": "A form needs the label “{name}” and a “{budget}” or “{level3}” header. See the Mapping tab for how the active sheet is read, or insert a standard form under “Template” below.",
  "check.allFiltered": "No findings match the filter.",
  "check.findings": "Findings",
  "check.cleared": "Restored the original fill of {count} cells",
  "check.clearing": "Clearing highlights…",

  "export.intro": "Export the result of the last check.",
  "export.report": "Export report (JSON)",
  "export.reportDesc": "How every sheet was read, the field mapping and all findings, for other tools.",
  "export.copy": "Export checked copy",
  "export.copyDesc": "An xlsx copy of this workbook with the cells of findings highlighted.",
  "export.needCheck": "Run a check on the Check tab first.",
  "export.saved": "Exported {file}",
  "export.copying": "Building the checked copy…",

  "template.heading": "Template",
  "template.insert": "Insert form",
  "template.summary": "Build summary",
  "template.desc": "Insert a standard form with formulas, or summarise all forms on one sheet.",
  "template.inserted": "Inserted sheet “{sheet}”",
  "template.summarized": "Built summary sheet “{sheet}”",
  "template.unavailable": "Templates are not available in this version yet.",
};

/** English rule names; the Chinese ones are core's RULE_NAMES. */
const RULE_NAMES_EN: Record<string, string> = {
  REQUIRED_FIELD: "Required field",
  FUND_SUM: "Fund total",
  EXEC_RATE: "Execution rate",
  EXEC_SCORE: "Execution score",
  BUDGET_WEIGHT: "Budget weight",
  EXEC_OVER_BUDGET: "Over budget",
  LEVEL_HIERARCHY: "Indicator levels",
  SCORE_RANGE: "Score range",
  WEIGHT_SUM: "Weight total",
  TOTAL_SUM: "Total score",
  GRADE: "Grade",
  DEDUCTION_REASON: "Deduction reason",
  TARGET_UNMET_FULL_SCORE: "Full score, target missed",
  QUANT_PROPORTION: "Proportional score",
  QUALITATIVE_BAND: "Qualitative band",
  UNIT_MISMATCH: "Unit mismatch",
  UNIT_MISSING: "Unit missing",
  INDICATOR_RENAMED: "Indicator renamed",
  DUPLICATE_PROJECT: "Duplicate project",
  YEAR_MISMATCH: "Year mismatch",
};

export type Locale = "zh" | "en";
export const MESSAGES: Record<Locale, Messages> = { zh, en };
export const RULE_LABELS: Record<Locale, Record<string, string>> = { zh: RULE_NAMES, en: RULE_NAMES_EN };

let locale: Locale = "zh";

/** English when Office's display language is English, Chinese otherwise. */
export function localeFor(displayLanguage: string | undefined | null): Locale {
  return /^en/i.test(displayLanguage ?? "") ? "en" : "zh";
}

export function setLocale(next: Locale): void {
  locale = next;
}

export function currentLocale(): Locale {
  return locale;
}

/** The BCP 47 tag for `<html lang>`. */
export function htmlLang(l: Locale = locale): string {
  return l === "en" ? "en" : "zh-CN";
}

export type Params = Record<string, string | number>;

/** The message in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Params = {}): string {
  const text = MESSAGES[locale][key] ?? MESSAGES.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function ruleName(id: string): string {
  return RULE_LABELS[locale][id] ?? RULE_NAMES[id] ?? id;
}

export function severityName(severity: Severity): string {
  return t(`severity.${severity}`);
}

/** Whether a string is a message key (for `data-i18n` attributes in the static page). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}
