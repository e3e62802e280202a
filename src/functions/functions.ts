/**
 * PERF.* worksheet functions: the self-evaluation form's arithmetic (财预〔2020〕10号 自评表)
 * where the user types it. The JSDoc is the metadata custom-functions-metadata turns into
 * functions.json; arguments.ts reads the arguments and maps errors; core/scoring computes.
 * custom-functions-metadata-plugin appends the CustomFunctions.associate calls when bundling.
 *
 * Parameters a cell may hold as text ("2,270.22", "99.34%") are typed number | string, which
 * the metadata declares as `any`, so Excel hands the text over instead of failing on it.
 */
import { DEFAULT_BUDGET_WEIGHT, execRate, execScore, grade, indicatorScoreCap, targetMet } from "../core/scoring";
import {
  actualArg,
  decimalsArg,
  numberArg,
  optionalNumberArg,
  quantitativeTargetArg,
  quantityArg,
  roundingModeArg,
  targetArg,
  valueOf,
} from "./arguments";

/**
 * 预算执行率（%）= 全年执行数 ÷ 全年预算数 × 100，默认两位小数、四舍五入。两者都为 0 时得 0；全年预算数为 0 而全年执行数不为 0 时得 #DIV/0!；金额为负或不是数值时得 #VALUE!。
 * @customfunction EXECRATE EXECRATE
 * @param budget 全年预算数（万元），数字或“2,270.22”这样的文本
 * @param executed 全年执行数（万元），数字或文本
 * @param [decimals] 保留的小数位数，0–10，默认 2
 * @param [mode] 取舍方式："round" 四舍五入（默认）或 "trunc" 截断
 * @returns 执行率，以百分数表示（如 99.34）
 */
export function EXECRATE(budget: number | string, executed: number | string, decimals?: number, mode?: string): number {
  return valueOf(
    execRate(numberArg(budget, "全年预算数"), numberArg(executed, "全年执行数"), decimalsArg(decimals), roundingModeArg(mode)),
  );
}

/**
 * 预算执行率得分 = min(执行率, 100) ÷ 100 × 分数，两位小数。执行率以百分数给出（99.34，或文本“99.34%”）；百分比格式的单元格（0.9934）请先乘以 100。
 * @customfunction EXECSCORE EXECSCORE
 * @param rate 执行率（%），如 99.34
 * @param [weight] 分数（预算执行率的分值），默认 10
 * @param [mode] 取舍方式："round" 四舍五入（默认）或 "trunc" 截断
 * @returns 预算执行率得分
 */
export function EXECSCORE(rate: number | string, weight?: number | string, mode?: string): number {
  return valueOf(
    execScore(numberArg(rate, "执行率"), optionalNumberArg(weight, DEFAULT_BUDGET_WEIGHT, "分数"), roundingModeArg(mode)),
  );
}

/**
 * 评分等级：总分 90（含）以上为“优”，80（含）–90 为“良”，60（含）–80 为“中”，60 以下为“差”。总分不在 0–100 之间时得 #NUM!。
 * @customfunction PERFGRADE PERFGRADE
 * @param total 总分（0–100）
 * @returns 优、良、中或差
 */
export function PERFGRADE(total: number | string): string {
  return valueOf(grade(numberArg(total, "总分")));
}

/**
 * 定量指标是否达成：按年度指标值的符号（≥ > = ≤ <，也可写作 >=、全角括号）比较实际完成值，“=”时超额完成也算达成（“=0”除外：大于 0 即未达成）；没有符号时按 ≥。定性指标（如“及时”）得 #N/A，实际完成值不是数值时得 #VALUE!。
 * @customfunction TARGETMET TARGETMET
 * @param target 年度指标值，如“≥90.00(%)”“=42.00(期)”“<2.00(秒)”或数字
 * @param actual 实际完成值，如“47.00(期)”“85%”或数字
 * @returns TRUE 达成，FALSE 未达成
 */
export function TARGETMET(target: number | string, actual: number | string): boolean {
  return targetMet(quantitativeTargetArg(target), quantityArg(actual));
}

/**
 * 该指标按规则最高可得的分数：定量指标达成得满分，未达成按 分值 × 实际完成值 ÷ 年度指标值（反向指标 ≤、<、=0 按 分值 × (1 − 超出部分 ÷ 年度指标值)，超出一倍得 0）；定性指标按实际完成值：达成指标 100%、部分达成指标并具有一定效果 80%、未达成指标且效果较差 60% 的分值。
 * @customfunction INDSCORE INDSCORE
 * @param target 年度指标值，如“≥5(人)”或“及时”
 * @param actual 实际完成值，如“2(人)”或“达成指标”
 * @param weight 分值
 * @returns 得分上限，两位小数
 */
export function INDSCORE(target: number | string, actual: number | string, weight: number | string): number {
  return valueOf(indicatorScoreCap(targetArg(target), actualArg(actual), numberArg(weight, "分值")));
}
