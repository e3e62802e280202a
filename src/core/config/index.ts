/** The configuration: which rules run, at what severity, with which options (rules.md). */
export * from "./types";
export { DEFAULT_PROFILE, PROFILES } from "./profiles";
export type { Profile } from "./profiles";
export { DEFAULT_CONFIG, defaultOptions, profileOf, resolveConfig, ruleStates } from "./resolve";
export type { RuleState } from "./resolve";
export { ConfigError, parseConfig, parseConfigText } from "./validate";
export { CONFIG_NS, CONFIG_ROOT, storedConfigs } from "./stored";
export { configSchema } from "./schema";
