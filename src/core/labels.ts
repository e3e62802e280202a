/** The form's Chinese labels, in one table: the reader, the rules and the template use these. */
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

/** Texts that stand for "no reason given" in the 偏差原因 column. */
export const PLACEHOLDER_REASONS = ["无", "/", "-", "—", "－", "／", "——", "无。"];
