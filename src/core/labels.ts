/**
 * The form's Chinese labels: the standard form's own words (LABEL, which the template prints),
 * what every other province prints for the same field (the synonym tables, layouts.md), and the
 * one normalisation under which the reader compares them. Adding a synonym is one string in one
 * list below; adding an indicator column kind is one line in INDICATOR_COLUMN_LABELS.
 */

/** The standard form's labels (财预〔2020〕10号 自评表, as Shanghai prints it): the template writes these. */
export const LABEL = {
  title: "财政项目支出绩效自评表",
  name: "项目名称",
  department: "主管部门",
  implementer: "实施单位",
  fundsBlock: "项目资金",
  initial: "年初预算数",
  budget: "全年预算数",
  executed: "全年执行数",
  weight: "分数",
  rate: "执行率",
  score: "得分",
  total: "年度资金总额",
  current: "当年财政拨款",
  carryover: "上年结转资金",
  other: "其他资金",
  goals: "年度总体目标",
  planned: "预期目标",
  achieved: "实际完成情况",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  target: "年度指标值",
  actual: "实际完成值",
  indicatorWeight: "分值",
  reason: "偏差原因分析及改进措施",
  totalRow: "总分",
  grade: "评分等级",
} as const;

// ---------------------------------------------------------------------------------------
// One normalisation: what users vary in a label and what they never mean by it.

const WHITE_SPACE = /[\s\u00a0\u3000]/;
const WHITE_SPACE_RUNS = /[\s\u00a0\u3000]+/g;
const FULL_WIDTH = /[\uff01-\uff5e]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e]/g;

/** Text with every kind of white space removed, for comparing labels and names. */
export function compact(text: string): string {
  return WHITE_SPACE.test(text) ? text.replace(WHITE_SPACE_RUNS, "") : text;
}

/** Full-width ASCII forms (０-９, ＞, （, ：…) to their ASCII counterparts. */
export function halfWidth(text: string): string {
  // Most cells have none: skip the replace (this runs on every cell of every sheet).
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[、.](?!\d)|指标\d+:?)/;
/** Bracketed weights and letters anywhere: `(50分)`, `(A)`, `(B/A)`, `(20分*执行率)`. */
const STATED_IN_BRACKETS = /\((?:\d+(?:\.\d+)?分[^()]*|[A-Z](?:\/[A-Z])?)\)/g;
/** A trailing qualifier after the label itself: `(万元)`, `(%)`, `(盖章)`, `(2023年度)`. */
const TRAILING_BRACKETS = /^(.+?)(?:\([^()]*\))+$/;

/** True when nothing below would change the text: most cells of a sheet, which then need no new string. */
function alreadyKey(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (
      ch <= 0x20 || ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 ||
      ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch >= 0xfeff || ch === 0x28 /* ( */ || ch === 0x3a /* : */
    ) {
      return false;
    }
  }
  const first = text.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || "一二三四五六七八九十其指".includes(text[0])) return false;
  return !(text.length > 2 && text.endsWith("指标"));
}

/** White space (U+3000 too) removed and full-width forms made ASCII: the text as compared, brackets and all. */
export function labelText(text: string): string {
  return halfWidth(compact(text));
}

/**
 * What a label means, as a key to compare: `项 目 名 称`, `项目名称：`, `实施单位（盖章）` and
 * `一、项目名称` are `项目名称`; `产出指标（50分）` is `产出`, as `产出指标` and `产出` are (the
 * suffix 指标 is dropped: 数量 = 数量指标); `全年预算数(A)`, `执行率(B/A)`, `其中：当年财政拨款`
 * lose their letters and their 其中.
 */
export function labelKey(text: string): string {
  if (alreadyKey(text)) return text;
  // A department's forms repeat their labels and targets sheet after sheet: remember.
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    keys.set(text, (key = makeKey(text)));
  }
  return key;
}
const keys = new Map<string, string>();
const KEYS_KEPT = 20000;

/** Values, not labels: a target or an actual (`≥1850.00(人次)`, `47.00(期)`, `99.34%`) is compared as it is. */
const VALUE_START = /^(?:[≥≤=<>≧≦﹦]|\d(?!\d*[、.](?!\d)))/;

function makeKey(text: string): string {
  let key = labelText(text);
  if (VALUE_START.test(key)) return key;
  const first = key[0];
  if (first === "(" || first === "指" || "一二三四五六七八九十0123456789".includes(first)) key = key.replace(NUMBERING, "");
  if (key.startsWith("其中")) key = key.replace(/^其中:?/, "");
  if (key.endsWith(":")) key = key.replace(/:+$/, "");
  if (key.includes("(")) key = key.replace(STATED_IN_BRACKETS, "").replace(TRAILING_BRACKETS, "$1").replace(/:+$/, "");
  if (key.length > 2 && key.endsWith("指标")) key = key.slice(0, -2);
  return key;
}

/** The weight a label states, `产出指标(50分)` → 50, `预算执行情况(万元)(20分)` → 20; null when it states none. */
export function labelWeight(text: string): number | null {
  const m = /\((\d+(?:\.\d+)?)分/.exec(labelText(text));
  return m ? Number(m[1]) : null;
}

/**
 * A 一级/二级指标 as the form means it: `产出指标(50分)` is 产出指标, `(一)数量指标(10分)` is 数量指标;
 * the name itself is kept as printed otherwise (服务对象满意度 stays). Null when nothing but a weight is left.
 */
export function levelName(text: string): string | null {
  // Most are printed plainly (数量指标): nothing to take away.
  if (!/[\s\u00a0\u3000(（\d一二三四五六七八九十\uff01-\uff5e]/.test(text)) return text;
  const name = labelText(text).replace(NUMBERING, "").replace(STATED_IN_BRACKETS, "");
  return name === "" ? null : name;
}

// ---------------------------------------------------------------------------------------
// Synonyms, all seen in ../shared/specimens: each list best first (the first one present wins).

/** The form's header fields and single-label rows. */
export const FIELD_LABELS = {
  name: ["项目名称", "专项资金名称", "转移支付(项目)名称", "专项名称"],
  department: ["主管部门", "主管部门及代码", "主管单位", "县级主管部门", "地方主管部门", "归口管理部门", "主管部门(单位)名称", "中央主管部门"],
  implementer: ["实施单位", "项目实施单位", "承担单位", "项目承担单位"],
  /** A 总分 / 合计 row under the indicator table, its 分值 and 得分 in their columns. */
  totalRow: ["总分", "合计", "总计"],
  /** A 总分 stated as a label and a number in the form's header (银川, 湖北's `总分: 分`), when there is no 总分 row. */
  headerTotal: ["自评得分", "总分"],
  grade: ["评分等级", "自评等级", "等级"],
  planned: ["预期目标", "年初设定目标", "项目年度目标", "总体目标", "年度目标"],
  achieved: ["实际完成情况", "全年实际完成情况", "年度总体目标完成情况综述", "年度目标完成情况", "年度总体目标完成情况"],
  conclusion: ["评价结论"],
  problems: ["存在问题", "偏差大或目标未完成原因分析"],
  measures: ["改进措施", "改进措施及结果应用方案"],
} as const;
export type LabelledField = keyof typeof FIELD_LABELS;

/**
 * Header labels that are no field of the report (a person, a date, a category): a field's value,
 * read right of its label, stops at them as it stops at the next field's label.
 */
export const OTHER_HEADER_LABELS = [
  "项目负责人及电话", "负责人及电话", "项目负责人", "联系电话", "联系人", "填报日期", "填写日期", "单位名称", "项目类别",
  "项目属性", "项目类型", "财政审核评分", "主管部门编码", "项目单位", "项目起止时间", "填报单位",
] as const;

/** The funds block's columns. 全年预算数 is the rate's denominator; where the form has none, 年初预算数 is. */
export const FUND_COLUMN_LABELS = {
  initial: ["年初预算数", "年初预算", "年初"],
  budget: ["全年预算数", "调整后预算数", "调整后预算", "调整预算数", "预算数"],
  executed: ["全年执行数", "预算执行数", "执行数", "实际执行数"],
  weight: ["分数", "分值", "权重"],
  rate: ["执行率", "预算执行率"],
  score: ["得分", "自评得分"],
} as const;

/**
 * The funds block's rows. Any other row under the total that names money (单位资金, 财政专户管理资金,
 * 地方资金 …) is a part of its own, kept under its printed name.
 */
export const FUND_ROW_LABELS = {
  total: ["年度资金总额", "总额", "资金总额", "合计", "年度财政资金总额"],
  current: ["当年财政拨款", "本年财政拨款", "本年一般公共预算拨款", "财政资金", "财政拨款", "当年财政资金", "预算内"],
  carryover: ["上年结转资金", "上年结转"],
  other: ["其他资金"],
} as const;
/** A row label that names a source of money: a part row under 年度资金总额 whatever the province calls it. */
export const FUND_PART_WORDS = /(资金|拨款|补助|经费|基金|收入|结转|专户|预算内|自有)/;

/**
 * The indicator table's columns. A target split in three (指标性质 · 指标值 · 度量单位) is joined back
 * into one 年度指标值 for the rules (`=` `100` `%` → `=100(%)`).
 */
export const INDICATOR_COLUMN_LABELS = {
  level1: ["一级指标", "一级指标名称"],
  level2: ["二级指标", "二级指标名称"],
  name: ["三级指标", "三级指标名称", "指标名称", "指标内容", "三级绩效指标名称"],
  targetOperator: ["指标性质", "计算符号"],
  target: ["年度指标值", "指标值", "年初目标值", "目标值", "年度目标值"],
  targetUnit: ["度量单位", "计量单位"],
  actual: ["实际完成值", "完成值", "全年实际值", "全年实际完成值", "全年完成值", "实际完成指标值"],
  weight: ["分值", "权重"],
  score: ["得分", "自评得分"],
  reason: [
    "偏差原因分析及改进措施", "未完成原因分析", "未完成原因分析及改进措施", "偏差原因", "偏差原因分析",
    "未完成原因和改进措施", "未完成原因及拟采取的改进措施", "未完成原因",
  ],
} as const;
export type IndicatorColumn = keyof typeof INDICATOR_COLUMN_LABELS;
export const INDICATOR_COLUMNS = Object.keys(INDICATOR_COLUMN_LABELS) as IndicatorColumn[];

/** Labels that end the indicator table (notes, signatures), besides the 总分 row and the narrative blocks. */
export const TABLE_END_LABELS = ["说明", "备注", "注", "项目负责人", "财务负责人", "单位主要负责人签批意见", "填报人", "单位负责人"] as const;

/** The other forms the same users keep (layouts.md): named, not checked as projects. */
export const KIND_LABELS = {
  /** A 部门 header where a project form has 项目名称. */
  department: ["部门", "部门名称", "部门(单位)名称"],
  /** Columns only a 绩效运行监控表 has. */
  monitoring: ["全年预计执行数", "全年预计完成情况", "完成目标可能性", "当前月执行情况", "当前完成值", "监控期支出数", "完成可能性分析"],
} as const;
/** What each kind of form is called, for messages (report-json.md kinds). */
export const KIND_NAMES = { department: "部门整体支出绩效自评表", target: "绩效目标表", monitoring: "绩效运行监控表" } as const;
/** Words of a title that name the form's kind. */
export const KIND_TITLES = {
  monitoring: /监控表/,
  department: /部门整体/,
  target: /目标表|申报表/,
  selfEvaluation: /自评/,
} as const;
/** 1-6月执行数, 1-X月执行数: what was spent so far, the monitoring form's column. */
export const MONTHS_EXECUTED = /^1-(?:\d{1,2}|X)月执行数/;

/** A list of synonyms as label keys → rank (0 = the best), made once per list: the reader asks this for every label. */
const ranks = new WeakMap<readonly string[], ReadonlyMap<string, number>>();
export function rankMap(synonyms: readonly string[]): ReadonlyMap<string, number> {
  let rank = ranks.get(synonyms);
  if (!rank) {
    const made = new Map<string, number>();
    synonyms.forEach((s, i) => made.has(labelKey(s)) || made.set(labelKey(s), i));
    ranks.set(synonyms, (rank = made));
  }
  return rank;
}

/** Where `key` stands among `synonyms` (0 = the best), undefined when it is none of them. */
export function synonymRank(synonyms: readonly string[], key: string): number | undefined {
  return rankMap(synonyms).get(key);
}

// ---------------------------------------------------------------------------------------
// Values

/**
 * Template prompts left in a cell are not what the user wrote: `对照年度目标,说明…(100字以内)`,
 * `结合自评情况,…(200字以内)`, and the filling instructions some funds blocks print.
 */
const PROMPT = /[(（]\s*\d+\s*字以内\s*[)）]|^\s*(结合自评情况|对照年度目标|针对项目自评中发现的问题)[,，]/;
export function isPrompt(text: string): boolean {
  return PROMPT.test(text);
}

export const GRADES = ["优", "良", "中", "差"] as const;
export type Grade = (typeof GRADES)[number];

/** 实际完成值 of a qualitative indicator, best first. */
export const QUALITATIVE_LEVELS = ["达成指标", "部分达成指标并具有一定效果", "未达成指标且效果较差"] as const;
export type QualitativeLevel = (typeof QUALITATIVE_LEVELS)[number];

/** 一级指标 → allowed 二级指标 (财预〔2020〕10号 附件). */
export const HIERARCHY: Record<string, readonly string[]> = {
  产出指标: ["数量指标", "质量指标", "时效指标", "成本指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
};

/**
 * 成本指标's 二级 in the 2021 framework: under a 一级 成本指标, and also accepted under 产出指标
 * (rules.md, LEVEL_HIERARCHY). Not in HIERARCHY, which the template's drop-downs offer.
 */
export const COST_INDICATORS = ["经济成本指标", "社会成本指标", "生态环境成本指标"] as const;

/** Texts that stand for "no reason given" in the 偏差原因 column (廊坊 writes 0 for 无). */
export const PLACEHOLDER_REASONS = ["无", "/", "-", "—", "－", "／", "——", "无。", "0"];
