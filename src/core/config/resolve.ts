/**
 * From configuration documents to how each rule runs: the rules' own defaults, then the
 * profile's, then each document's settings in turn (a later document wins, rule by rule, as
 * ESLint's cascade does). The documents are valid (validate.ts) before they come here.
 */
import { ALL_RULES } from "../rules";
import type { Rule } from "../rules/rule";
import { DEFAULT_PROFILE, PROFILES } from "./profiles";
import type { ConfigDocument, ResolvedConfig, RuleLevel, RuleRun, RuleSetting } from "./types";

/** A rule's options as its documentation gives them. */
export function defaultOptions(rule: Rule): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(rule.meta.options ?? {})) options[name] = structuredCloneOf(option.default);
  return options;
}

/** Options are JSON values: a copy keeps a rule from changing the catalogue's defaults. */
const structuredCloneOf = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** How a rule is set: its level (off included) and every option's value. */
export interface RuleState {
  level: RuleLevel;
  options: Record<string, unknown>;
}
type State = RuleState;

function apply(states: Map<string, State>, settings: Record<string, RuleSetting> | undefined): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const state = states.get(id);
    if (!state) continue; // validated: cannot happen
    const [level, options] = Array.isArray(setting) ? setting : [setting];
    state.level = level;
    if (options) for (const [name, value] of Object.entries(options)) state.options[name] = structuredCloneOf(value);
  }
}

/** The profile named by the last document that names one, else national. */
export function profileOf(documents: readonly ConfigDocument[]): string {
  let profile = DEFAULT_PROFILE;
  for (const doc of documents) if (doc.profile !== undefined) profile = doc.profile;
  return profile;
}

/** Every rule's level (off included) and options under the documents, by id. */
export function ruleStates(documents: readonly ConfigDocument[] = []): Map<string, RuleState> {
  const states = new Map<string, State>(ALL_RULES.map((rule) => [rule.id, { level: rule.meta.severity, options: defaultOptions(rule) }]));
  apply(states, PROFILES[profileOf(documents)]?.rules);
  for (const doc of documents) apply(states, doc.rules);
  return states;
}

export function resolveConfig(documents: readonly ConfigDocument[] = []): ResolvedConfig {
  const rules: Record<string, RuleRun> = {};
  for (const [id, state] of ruleStates(documents)) if (state.level !== "off") rules[id] = { severity: state.level, options: state.options };
  return { profile: profileOf(documents), rules };
}

/** Every rule as the national profile runs it. */
export const DEFAULT_CONFIG: ResolvedConfig = resolveConfig();
