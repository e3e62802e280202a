/**
 * A configuration document from an untrusted place (a file, a workbook's custom XML part) to a
 * valid one, or a ConfigError of one line saying what is wrong (rules.md: an unknown rule id,
 * severity or option is refused, never ignored). The schema's own validator decides; this file
 * only words its first complaint for a person.
 */
import type { Lang } from "../model";
import { ALL_RULES, RULES_BY_ID } from "../rules";
import { PROFILES } from "./profiles";
import { ConfigDocument, RULE_LEVELS } from "./types";
// Generated from schema.ts by `npm run generate` (ajv standalone code; no eval at run time).
import validateSchema from "./validateConfig.generated";

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

type Validator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** JSON values with every object rebuilt without a prototype: `__proto__` is then a plain (unknown) key. */
function plainData(value: unknown, depth = 0): unknown {
  if (depth > 32) throw new ConfigError("配置嵌套过深");
  if (Array.isArray(value)) return value.map((v) => plainData(v, depth + 1));
  if (value !== null && typeof value === "object") {
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) copy[key] = plainData((value as Record<string, unknown>)[key], depth + 1);
    return copy;
  }
  return value;
}

const list = (items: readonly unknown[], lang: Lang) => items.map(String).join(lang === "zh" ? "、" : ", ");

/** Edit distance, to suggest the rule id that was meant (EXEC_RATES → EXEC_RATE). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function suggestion(id: string, lang: Lang): string {
  const near = ALL_RULES.map((r) => r.id).filter((known) => distance(id.toUpperCase(), known) <= 2);
  if (near.length) return lang === "zh" ? `，是否为 ${list(near, lang)}？` : `; did you mean ${list(near, lang)}?`;
  return lang === "zh" ? "（perfeval rules 列出所有规则）" : " (perfeval rules lists them all)";
}

/** What an option's value must be, from the keyword its schema failed. */
function optionNeed(e: SchemaError, lang: Lang): string {
  const p = e.params;
  const zh: Record<string, string> = {
    type: `应为${({ number: "数字", string: "文字", array: "列表", object: "对象", boolean: "true 或 false", integer: "整数" } as Record<string, string>)[String(p.type)] ?? p.type}`,
    minimum: `不能小于 ${p.limit}`, maximum: `不能大于 ${p.limit}`,
    exclusiveMinimum: `应大于 ${p.limit}`, exclusiveMaximum: `应小于 ${p.limit}`,
    enum: `应为 ${list((p.allowedValues as unknown[]) ?? [], lang)} 之一`,
    uniqueItems: "不能有重复项", minLength: "不能为空",
  };
  const en: Record<string, string> = {
    type: `must be ${p.type === "array" ? "a list" : `a ${p.type}`}`,
    minimum: `must be at least ${p.limit}`, maximum: `must be at most ${p.limit}`,
    exclusiveMinimum: `must be above ${p.limit}`, exclusiveMaximum: `must be below ${p.limit}`,
    enum: `must be one of ${list((p.allowedValues as unknown[]) ?? [], lang)}`,
    uniqueItems: "must not repeat an item", minLength: "must not be empty",
  };
  return (lang === "zh" ? zh : en)[e.keyword] ?? (lang === "zh" ? "无效" : "is not valid");
}

const decode = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** The schema's first complaint in words. */
function explain(e: SchemaError, data: unknown, lang: Lang): string {
  const zh = lang === "zh";
  const path = e.instancePath.split("/").slice(1).map(decode);
  const extra = String(e.params.additionalProperty ?? "");
  const levels = list(RULE_LEVELS, lang);
  if (path.length === 0) {
    if (e.keyword === "additionalProperties") return zh ? `未知的配置项“${extra}”（可用：profile、rules）` : `Unknown setting "${extra}" (there are: profile, rules)`;
    return zh ? "配置应为一个 JSON 对象" : "The configuration must be a JSON object";
  }
  if (path[0] === "profile") {
    const profiles = list(Object.keys(PROFILES), lang);
    const given = (data as Record<string, unknown>).profile;
    return zh ? `未知的配置方案“${String(given)}”（可用：${profiles}）` : `Unknown profile "${String(given)}" (there are: ${profiles})`;
  }
  if (path.length === 1) {
    if (e.keyword === "additionalProperties") return zh ? `未知的规则“${extra}”${suggestion(extra, lang)}` : `Unknown rule "${extra}"${suggestion(extra, lang)}`;
    return zh ? "“rules”应为对象：规则编号 → 级别或 [级别, 选项]" : '"rules" must be an object: rule id → level or [level, options]';
  }
  const id = path[1];
  const rule = RULES_BY_ID.get(id);
  const options = Object.keys(rule?.meta.options ?? {});
  const setting = (data as { rules: Record<string, unknown> }).rules[id];
  if (path.length === 2 || (path.length === 3 && path[2] === "0")) {
    if (e.keyword === "enum" || (path.length === 3 && e.keyword !== "if")) {
      const given = Array.isArray(setting) ? setting[0] : setting;
      return zh ? `规则 ${id} 的级别“${String(given)}”无效（应为 ${levels} 之一）` : `Rule ${id}: the level "${String(given)}" is not one of ${levels}`;
    }
    if (e.keyword === "maxItems" && options.length === 0) return zh ? `规则 ${id} 没有选项` : `Rule ${id} has no options`;
    return zh ? `规则 ${id} 的设置应为级别（${levels}）或 [级别, {选项}]` : `Rule ${id} must be set to a level (${levels}) or [level, {options}]`;
  }
  const available = options.length ? list(options, lang) : zh ? "无" : "none";
  if (path.length === 3) {
    if (e.keyword === "additionalProperties") return zh ? `规则 ${id} 没有选项“${extra}”（可用：${available}）` : `Rule ${id} has no option "${extra}" (there are: ${available})`;
    return zh ? `规则 ${id} 的选项应为对象，如 {"${options[0] ?? "…"}": …}` : `Rule ${id}: the options must be an object`;
  }
  const option = path[3];
  return zh ? `规则 ${id} 的选项 ${option} ${optionNeed(e, lang)}` : `Rule ${id}: the option ${option} ${optionNeed(e, lang)}`;
}

/** A document as JSON gave it (or a workbook part held it) → a valid configuration, or ConfigError. */
export function parseConfig(value: unknown, lang: Lang = "zh"): ConfigDocument {
  const data = plainData(value);
  const validate = validateSchema as Validator;
  if (validate(data)) return data as ConfigDocument;
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== "if");
  const first = errors[0];
  throw new ConfigError(first ? explain(first, data, lang) : lang === "zh" ? "配置无效" : "The configuration is not valid");
}

/** A configuration file's text → a valid configuration, or ConfigError (bad JSON included). */
export function parseConfigText(text: string, lang: Lang = "zh"): ConfigDocument {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = (e as Error).message.split("\n")[0];
    throw new ConfigError(lang === "zh" ? `不是有效的 JSON（${why}）` : `Not valid JSON (${why})`);
  }
  return parseConfig(value, lang);
}
