/**
 * The JSON Schema of the configuration document, made from the rule catalogue: every rule id,
 * the four levels, each rule's options with the schema its meta gives them. The validator that
 * checks documents is generated from it (validateConfig.generated.ts, `npm run generate`), so
 * that the task pane needs no code generation at run time (its CSP forbids eval).
 */
import { ALL_RULES } from "../rules";
import type { JsonSchema, Rule } from "../rules/rule";
import { PROFILES } from "./profiles";
import { RULE_LEVELS } from "./types";

export const CONFIG_SCHEMA_ID = "https://perfeval.example/schema/config.schema.json";

function optionsSchema(rule: Rule): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, option] of Object.entries(rule.meta.options ?? {})) {
    properties[name] = { description: option.description.zh, ...option.schema, default: option.default };
  }
  return { type: "object", additionalProperties: false, properties };
}

/** A rule's setting: a level, or [level] / [level, options] (ESLint's form). Rules without options share one. */
function settingSchema(rule: Rule): JsonSchema {
  if (Object.keys(rule.meta.options ?? {}).length === 0) return { description: rule.meta.docs.description.zh, $ref: "#/definitions/setting" };
  return {
    description: rule.meta.docs.description.zh,
    if: { type: "string" },
    then: { $ref: "#/definitions/level" },
    else: { type: "array", minItems: 1, maxItems: 2, items: [{ $ref: "#/definitions/level" }, optionsSchema(rule)] },
  };
}

export function configSchema(): JsonSchema {
  const rules: Record<string, JsonSchema> = {};
  for (const rule of ALL_RULES) rules[rule.id] = settingSchema(rule);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: CONFIG_SCHEMA_ID,
    title: "perfeval 配置（perfeval.config.json，工作簿部件 urn:perfeval:config:1）",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      profile: { description: "配置方案（默认 national）", enum: Object.keys(PROFILES) },
      rules: { type: "object", additionalProperties: false, properties: rules },
    },
    definitions: {
      level: { description: "级别：off 关闭，error 错误，warning 警告，info 提示", enum: [...RULE_LEVELS] },
      setting: {
        description: "级别，或 [级别]（此规则没有选项）",
        if: { type: "string" },
        then: { $ref: "#/definitions/level" },
        else: { type: "array", minItems: 1, maxItems: 1, items: [{ $ref: "#/definitions/level" }] },
      },
    },
  };
}
