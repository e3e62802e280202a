/**
 * What the 设置 tab edits, without the DOM: the workbook's configuration as a profile and, per
 * rule, a level (the profile's, or one chosen) and option values as typed; and back to the
 * configuration document, which says only what differs from the profile.
 */
import { ConfigDocument, DEFAULT_PROFILE, PROFILES, RuleLevel, RuleSetting, RuleState, parseConfig, ruleStates } from "../core/config";
import type { Lang } from "../core/model";
import { ALL_RULES } from "../core/rules";
import type { JsonSchema } from "../core/rules/rule";

/** "default": as the profile has it. */
export type LevelChoice = RuleLevel | "default";

export interface OptionField {
  name: string;
  description: string;
  /** number: a number input; list: items separated by 、 or commas. */
  kind: "number" | "list";
  /** The value as the user typed it; "" keeps the profile's. */
  text: string;
}

export interface RuleRow {
  id: string;
  name: string;
  description: string;
  level: LevelChoice;
  options: OptionField[];
}

const kindOf = (schema: JsonSchema): OptionField["kind"] => (schema.type === "array" ? "list" : "number");

/** An option's value as the field shows it. */
export function optionText(value: unknown): string {
  return Array.isArray(value) ? value.join("、") : value === undefined ? "" : String(value);
}

function optionValue(field: OptionField): unknown {
  const text = field.text.trim();
  if (field.kind === "list") return text.split(/[、,，;；]/).map((s) => s.trim()).filter((s) => s !== "");
  // Not a number: passed on as typed, so that the configuration's own check says what is wrong.
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

export class SettingsState {
  profile: string;
  readonly rows: RuleRow[];

  constructor(document: ConfigDocument | undefined, lang: Lang) {
    this.profile = document?.profile ?? DEFAULT_PROFILE;
    const settings = document?.rules ?? {};
    this.rows = ALL_RULES.map((rule) => {
      const setting: RuleSetting | undefined = Object.prototype.hasOwnProperty.call(settings, rule.id) ? settings[rule.id] : undefined;
      const [level, options] = setting === undefined ? ["default" as const, undefined] : Array.isArray(setting) ? setting : [setting, undefined];
      return {
        id: rule.id,
        name: rule.meta.docs.name[lang],
        description: rule.meta.docs.description[lang],
        level,
        options: Object.entries(rule.meta.options ?? {}).map(([name, option]) => ({
          name,
          description: option.description[lang],
          kind: kindOf(option.schema),
          text: options && Object.prototype.hasOwnProperty.call(options, name) ? optionText(options[name]) : "",
        })),
      };
    });
  }

  /** The profiles to choose from. */
  static profiles(lang: Lang): { name: string; description: string }[] {
    return Object.entries(PROFILES).map(([name, p]) => ({ name, description: p.description[lang] }));
  }

  row(id: string): RuleRow {
    const row = this.rows.find((r) => r.id === id);
    if (!row) throw new Error(`no rule ${id}`);
    return row;
  }

  /** The level (or off) and option values the profile gives a rule: what "default" and an empty field mean. */
  profileDefault(id: string): RuleState {
    const state = ruleStates([{ profile: this.profile }]).get(id);
    if (!state) throw new Error(`no rule ${id}`);
    return state;
  }

  /** The rule's level as it will run: a chosen one, or the profile's. */
  effectiveLevel(id: string): RuleLevel {
    const row = this.row(id);
    return row.level === "default" ? this.profileDefault(id).level : row.level;
  }

  /** The document to store: the profile when it is not the default, and each rule that differs. */
  toDocument(lang: Lang = "zh"): ConfigDocument {
    const rules: Record<string, RuleSetting> = {};
    for (const row of this.rows) {
      const changed: Record<string, unknown> = {};
      for (const field of row.options) if (field.text.trim() !== "") changed[field.name] = optionValue(field);
      if (row.level === "default" && Object.keys(changed).length === 0) continue;
      const level = row.level === "default" ? this.profileDefault(row.id).level : row.level;
      rules[row.id] = Object.keys(changed).length ? [level, changed] : level;
    }
    const doc: ConfigDocument = {};
    if (this.profile !== DEFAULT_PROFILE) doc.profile = this.profile;
    if (Object.keys(rules).length) doc.rules = rules;
    // The configuration's own check: the same one-line refusal as a file's.
    return parseConfig(doc, lang);
  }
}
