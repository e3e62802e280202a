/** The configuration document (perfeval.config.json, the workbook's urn:perfeval:config:1 part). */
import type { Severity } from "../model";

/** A rule's level: one of the severities, or off. */
export type RuleLevel = Severity | "off";

/** `"off"`, `"warning"`, `["warning"]` or `["warning", { "below": 90 }]` (ESLint's form). */
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

export interface ConfigDocument {
  profile?: string;
  rules?: Record<string, RuleSetting>;
}

/** How one rule runs: its severity and every option with its value. */
export interface RuleRun {
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  profile: string;
  /** Rule id → how it runs; a rule that is off has no entry. */
  rules: Record<string, RuleRun>;
}

export const RULE_LEVELS: readonly RuleLevel[] = ["off", "error", "warning", "info"];
