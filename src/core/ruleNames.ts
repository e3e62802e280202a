/** Short Chinese names of the rules and severities, for lists, notes and the task pane. */
import type { Severity } from "./model";

export const RULE_NAMES: Record<string, string> = {
  REQUIRED_FIELD: "必填项",
  FUND_SUM: "资金合计",
  EXEC_RATE: "执行率",
  EXEC_SCORE: "执行率得分",
  BUDGET_WEIGHT: "预算执行分数",
  EXEC_OVER_BUDGET: "超预算执行",
  LEVEL_HIERARCHY: "指标层级",
  SCORE_RANGE: "得分范围",
  WEIGHT_SUM: "分值合计",
  TOTAL_SUM: "总分合计",
  GRADE: "评分等级",
  DEDUCTION_REASON: "扣分原因",
  TARGET_UNMET_FULL_SCORE: "未达标满分",
  QUANT_PROPORTION: "按比例记分",
  QUALITATIVE_BAND: "定性分档",
  UNIT_MISMATCH: "单位不一致",
  UNIT_MISSING: "缺少单位",
  INDICATOR_RENAMED: "指标修改",
  NOT_CALCULATED: "公式未计算",
  DUPLICATE_PROJECT: "重复项目",
  YEAR_MISMATCH: "年度不一致",
};

export const SEVERITY_NAMES: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** Most severe first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
