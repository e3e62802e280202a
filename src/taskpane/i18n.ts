/**
 * Every string the task pane shows, in Chinese (the default) and English. The Chinese field
 * and rule names come from core (labels.ts, ruleNames.ts), so the pane says what the form says.
 * DOM-free: views and tests import it alike.
 */
import { INDICATOR_COLUMN_LABELS as COLUMNS, KIND_NAMES, LABEL } from "../core/labels";
import { messageIn } from "../core/check";
import type { Finding, Severity } from "../core/model";
import { RULE_NAMES, RULE_NAMES_EN, SEVERITY_NAMES } from "../core/ruleNames";
import { WORKBENCH_EN, WORKBENCH_ZH } from "./workbenchMessages";

const zh = {
  "app.title": "绩效自评助手",
  "app.tabs": "功能",
  "tab.mapping": "映射",
  "tab.check": "检查",
  "tab.export": "导出",
  "tab.settings": "设置",

  "app.outside": "本窗格需要在 Excel 中运行，现在无法读取任何工作簿。请在 Excel（网页版、Windows 或 Mac）中打开工作簿，再从“开始 → 绩效自评 → 显示任务窗格”打开本窗格。",

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
  "export.textIntro": "Mac 版 Excel 不能从加载项下载文件。报告全文如下：点“复制”（或在框内全选后按 ⌘C），粘贴到文本编辑器，存为“{file}”。",
  "export.textArea": "报告全文（JSON）",
  "export.copyText": "复制",
  "export.textShown": "报告已显示在“导出”页，请复制后存为“{file}”",
  "export.textCopied": "已复制报告，请粘贴到文本编辑器，存为“{file}”",
  "export.textCopyFailed": "无法自动复制：请在框内全选后按 ⌘C",
  "export.sheetKept.noDownload": "Mac 版 Excel 不能从加载项下载文件。已在工作簿最前面加入工作表“{sheet}”，问题单元格已标色。请用{saveHow}保存一份副本，例如“{file}”；之后可删除该工作表，并点“清除标记”。",
  "export.sheetKept.noFile": "这一版 Excel 不能把工作簿文件交给加载项。已在工作簿最前面加入工作表“{sheet}”，问题单元格已标色。请用{saveHow}保存一份副本，例如“{file}”；之后可删除该工作表，并点“清除标记”。",
  "export.sheetKept.fileFailed": "Excel 没有交出工作簿文件（{detail}）。已在工作簿最前面加入工作表“{sheet}”，问题单元格已标色。请用{saveHow}保存一份副本，例如“{file}”；之后可删除该工作表，并点“清除标记”。",
  "export.sheetKeptShort": "已加入工作表“{sheet}”：请另存一份副本（见“导出”页）",
  "export.saveHow.web": "“文件 → 另存为 → 下载副本”",
  "export.saveHow.desktop": "“文件 → 另存为”",

  "settings.intro": "选择检查哪些规则、按什么级别报告、用什么阈值。设置保存在工作簿中，随文件带走；命令行检查这个工作簿时也按它检查。",
  "settings.loading": "正在读取工作簿中的设置…",
  "settings.profile": "配置方案",
  "settings.rules": "规则",
  "settings.level": "级别",
  "settings.levelAria": "“{rule}”（{id}）的级别",
  "settings.level.default": "默认（{level}）",
  "settings.level.off": "关闭",
  "settings.option": "{description}（默认 {value}）",
  "settings.optionAria": "“{rule}”的选项 {name}",
  "settings.listHint": "多项用顿号或逗号分隔",
  "settings.save": "保存到工作簿",
  "settings.reset": "恢复默认",
  "settings.saved": "已保存设置。重新检查工作簿后生效。",
  "settings.resetDone": "已恢复默认设置（national 方案）。重新检查工作簿后生效。",
  "settings.invalidStored": "工作簿中保存的设置无法使用：{message}。可在下面改好后保存，或恢复默认。",
  "settings.changed": "已改动 {count} 条规则",

  "template.heading": "模板",
  "template.insert": "插入自评表",
  "template.summary": "生成汇总表",
  "template.desc": "插入一张带公式的标准自评表，或把所有自评表汇总到一张工作表。",
  "template.inserted": "已插入工作表“{sheet}”",
  "template.summarized": "已生成汇总表“{sheet}”",
  "template.unavailable": "模板功能尚未接入此版本。",
  "template.printRefused": "；Excel 没有接受打印设置，请在“页面布局”中设为 A4、横向、宽度 1 页",
  ...WORKBENCH_ZH,
} as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
  "app.title": "Performance self-evaluation",
  "app.tabs": "Sections",
  "tab.mapping": "Mapping",
  "tab.check": "Check",
  "tab.export": "Export",
  "tab.settings": "Settings",

  "app.outside": "This pane runs inside Excel and cannot read any workbook here. Open the workbook in Excel (on the web, Windows or Mac), then open this pane from Home → Performance → Show Task Pane.",

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
  "export.textIntro": "Excel for Mac cannot download files from an add-in. The whole report is below: click “Copy” (or select all in the box and press ⌘C), paste it into a text editor and save it as “{file}”.",
  "export.textArea": "The report (JSON)",
  "export.copyText": "Copy",
  "export.textShown": "The report is shown on the Export tab: copy it and save it as “{file}”",
  "export.textCopied": "Report copied: paste it into a text editor and save it as “{file}”",
  "export.textCopyFailed": "Could not copy by itself: select all in the box and press ⌘C",
  "export.sheetKept.noDownload": "Excel for Mac cannot download files from an add-in. The sheet “{sheet}” was added at the front of the workbook and the cells of findings are highlighted. Use {saveHow} to save a copy, e.g. “{file}”; then you can delete the sheet and click “Clear highlights”.",
  "export.sheetKept.noFile": "This Excel cannot hand the workbook's file to an add-in. The sheet “{sheet}” was added at the front of the workbook and the cells of findings are highlighted. Use {saveHow} to save a copy, e.g. “{file}”; then you can delete the sheet and click “Clear highlights”.",
  "export.sheetKept.fileFailed": "Excel did not hand over the workbook's file ({detail}). The sheet “{sheet}” was added at the front of the workbook and the cells of findings are highlighted. Use {saveHow} to save a copy, e.g. “{file}”; then you can delete the sheet and click “Clear highlights”.",
  "export.sheetKeptShort": "Added the sheet “{sheet}”: save a copy (see the Export tab)",
  "export.saveHow.web": "File → Save As → Download a Copy",
  "export.saveHow.desktop": "File → Save As",

  "settings.intro": "Choose which rules run, at what severity and with which thresholds. The settings are stored in the workbook and travel with it; the command line checks this workbook with them too.",
  "settings.loading": "Reading the workbook's settings…",
  "settings.profile": "Profile",
  "settings.rules": "Rules",
  "settings.level": "Severity",
  "settings.levelAria": "Severity of “{rule}” ({id})",
  "settings.level.default": "Default ({level})",
  "settings.level.off": "Off",
  "settings.option": "{description} (default {value})",
  "settings.optionAria": "Option {name} of “{rule}”",
  "settings.listHint": "Separate items with commas",
  "settings.save": "Save to workbook",
  "settings.reset": "Restore defaults",
  "settings.saved": "Settings saved. They apply from the next check.",
  "settings.resetDone": "Default settings restored (national profile). They apply from the next check.",
  "settings.invalidStored": "The settings stored in the workbook cannot be used: {message}. Correct them below and save, or restore the defaults.",
  "settings.changed": "{count} rules changed",

  "template.heading": "Template",
  "template.insert": "Insert form",
  "template.summary": "Build summary",
  "template.desc": "Insert a standard form with formulas, or summarise all forms on one sheet.",
  "template.inserted": "Inserted sheet “{sheet}”",
  "template.summarized": "Built summary sheet “{sheet}”",
  "template.unavailable": "Templates are not available in this version yet.",
  "template.printRefused": "; Excel did not take the print setup: set A4, landscape, 1 page wide under Page Layout",
  ...WORKBENCH_EN,
};


export type Locale = "zh" | "en";
export const MESSAGES: Record<Locale, Messages> = { zh, en };
export const RULE_LABELS: Record<Locale, Record<string, string>> = { zh: RULE_NAMES, en: RULE_NAMES_EN };

let locale: Locale = "zh";

/**
 * The display languages the pane speaks English in: exactly those manifest.xml overrides, so that
 * the ribbon and the pane agree (an override serves its locale only: docs develop/localization.md).
 */
export const ENGLISH_LOCALES = ["en-US", "en-GB"];

/** English for an English Office the manifest speaks English to, Chinese otherwise. */
export function localeFor(displayLanguage: string | undefined | null): Locale {
  const language = (displayLanguage ?? "").toLowerCase();
  return ENGLISH_LOCALES.some((l) => l.toLowerCase() === language) ? "en" : "zh";
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

/**
 * The spreadsheet application the texts name. They are written for Excel; in WPS (the same pane,
 * src/wps/pane.ts) they name WPS 表格 instead, and what they say of Excel for Mac (no downloads)
 * is said of the WPS build that cannot save files.
 */
let application: "excel" | "wps" = "excel";
const WPS_WORDING: Record<Locale, [RegExp, string][]> = {
  zh: [[/Mac 版 Excel/g, "这一版 WPS 表格"], [/Excel/g, "WPS 表格"]],
  en: [[/Excel for Mac/g, "This version of WPS Spreadsheets"], [/Excel/g, "WPS Spreadsheets"]],
};

export function setApplication(next: "excel" | "wps"): void {
  application = next;
}

/** The message in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params: Params = {}): string {
  let text: string = MESSAGES[locale][key] ?? MESSAGES.zh[key] ?? key;
  if (application === "wps") for (const [excel, wps] of WPS_WORDING[locale]) text = text.replace(excel, wps);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function ruleName(id: string): string {
  return RULE_LABELS[locale][id] ?? RULE_NAMES[id] ?? id;
}

/** A finding's message in the pane's language (the check writes Chinese; the rule's template has both). */
export function findingMessage(f: Finding): string {
  return messageIn(f, locale);
}

export function severityName(severity: Severity): string {
  return t(`severity.${severity}`);
}

/** Whether a string is a message key (for `data-i18n` attributes in the static page). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}
