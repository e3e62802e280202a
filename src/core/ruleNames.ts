/** Short names of the rules and severities, for lists, notes and the task pane (from each rule's meta.docs). */
import type { Lang, Severity } from "./model";
import { ALL_RULES } from "./rules";

function namesIn(lang: Lang): Record<string, string> {
  const names: Record<string, string> = {};
  for (const rule of ALL_RULES) names[rule.id] = rule.meta.docs.name[lang];
  return names;
}

/** Rule id → Chinese name (执行率). */
export const RULE_NAMES: Record<string, string> = namesIn("zh");
/** Rule id → English name (Execution rate). */
export const RULE_NAMES_EN: Record<string, string> = namesIn("en");

export const SEVERITY_NAMES: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
export const SEVERITY_NAMES_EN: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

/** Most severe first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
