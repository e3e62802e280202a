/**
 * The 设置 tab: the workbook's configuration (urn:perfeval:config:1) — a profile, and per rule a
 * level and its options — saved into the workbook, where the next check (and the command line)
 * finds it. Native selects, inputs and buttons only: every control is reached with Tab and
 * changed with the keyboard.
 */
import type { RuleLevel } from "../core/config";
import { loadStoredConfig, saveConfig } from "../host/config";
import type { SpreadsheetHost } from "../host/types";
import { byTestId, h, replace } from "./dom";
import { currentLocale, severityName, t } from "./i18n";
import { LevelChoice, OptionField, RuleRow, SettingsState, optionText } from "./settingsModel";
import type { StatusLine } from "./status";

const LEVELS: RuleLevel[] = ["error", "warning", "info", "off"];

export class SettingsView {
  private readonly content = byTestId("settings-content");
  private state: SettingsState | undefined;
  private rulesBox: HTMLElement | undefined;

  constructor(
    private readonly status: StatusLine,
    private readonly host: SpreadsheetHost,
  ) {}

  /** Reads the workbook's configuration again (the tab was opened): 2 syncs. */
  async refresh(): Promise<void> {
    replace(this.content, h("p", { class: "empty", "data-testid": "settings-loading" }, t("settings.loading")));
    try {
      const stored = await loadStoredConfig(this.host, currentLocale());
      this.state = new SettingsState(stored.document, currentLocale());
      this.render(stored.error);
    } catch (e) {
      this.status.error(e);
    }
  }

  private levelName(level: RuleLevel): string {
    return level === "off" ? t("settings.level.off") : severityName(level);
  }

  private render(storedError?: string): void {
    const state = this.state!;
    const profile = h("select", { id: "settings-profile", "data-testid": "settings-profile", on: { change: (e) => this.changeProfile((e.target as HTMLSelectElement).value) } },
      ...SettingsState.profiles(currentLocale()).map((p) => h("option", { value: p.name }, `${p.name} — ${p.description}`)));
    profile.value = state.profile;
    this.rulesBox = h("div", { class: "settings-rules", role: "group", "aria-label": t("settings.rules"), "data-testid": "settings-rules" });
    replace(
      this.content,
      storedError ? h("div", { class: "notice notice-warn", "data-testid": "settings-invalid" }, h("p", {}, t("settings.invalidStored", { message: storedError }))) : null,
      h("div", { class: "settings-profile" }, h("label", { for: "settings-profile" }, t("settings.profile")), profile),
      this.rulesBox,
      h("div", { class: "toolbar" },
        h("button", { type: "button", class: "primary", "data-testid": "settings-save", on: { click: () => void this.save() } }, t("settings.save")),
        h("button", { type: "button", "data-testid": "settings-reset", on: { click: () => void this.reset() } }, t("settings.reset"))),
    );
    this.renderRules();
  }

  /** The rules' controls; again when the profile changes what "default" means. */
  private renderRules(): void {
    replace(this.rulesBox!, ...this.state!.rows.map((row) => this.ruleBlock(row)));
  }

  private ruleBlock(row: RuleRow): HTMLElement {
    const state = this.state!;
    const defaults = state.profileDefault(row.id);
    const id = `level-${row.id}`;
    const level = h("select", {
      id,
      "data-testid": id,
      "aria-label": t("settings.levelAria", { rule: row.name, id: row.id }),
      on: { change: (e) => (row.level = (e.target as HTMLSelectElement).value as LevelChoice) },
    },
    h("option", { value: "default" }, t("settings.level.default", { level: this.levelName(defaults.level) })),
    ...LEVELS.map((l) => h("option", { value: l }, this.levelName(l))));
    level.value = row.level;
    return h("div", { class: "rule-setting", "data-testid": "settings-rule", "data-rule": row.id },
      h("div", { class: "rule-head" }, h("span", { class: "rule-name" }, row.name), h("code", { class: "rule-id" }, row.id)),
      h("p", { class: "desc" }, row.description),
      h("div", { class: "rule-level" }, h("label", { for: id }, t("settings.level")), level),
      ...row.options.map((field) => this.optionInput(row, field, defaults.options[field.name])));
  }

  private optionInput(row: RuleRow, field: OptionField, value: unknown): HTMLElement {
    const id = `option-${row.id}-${field.name}`;
    const input = h("input", {
      id,
      type: "text",
      "data-testid": id,
      "aria-label": t("settings.optionAria", { rule: row.name, name: field.name }),
      title: field.kind === "list" ? t("settings.listHint") : null,
      on: { input: (e) => (field.text = (e.target as HTMLInputElement).value) },
    });
    input.value = field.text;
    const shown = optionText(value) || "—";
    return h("div", { class: "rule-option" }, h("label", { for: id }, t("settings.option", { description: field.description, value: shown })), input);
  }

  private changeProfile(profile: string): void {
    this.state!.profile = profile;
    this.renderRules();
  }

  private async save(): Promise<void> {
    try {
      const document = this.state!.toDocument(currentLocale());
      await saveConfig(this.host, Object.keys(document).length ? document : null, currentLocale());
      this.status.show(t("settings.saved"));
      this.content.querySelector('[data-testid="settings-invalid"]')?.remove();
    } catch (e) {
      this.status.error(e);
    }
  }

  private async reset(): Promise<void> {
    try {
      await saveConfig(this.host, null);
      this.state = new SettingsState(undefined, currentLocale());
      this.render();
      this.status.show(t("settings.resetDone"));
    } catch (e) {
      this.status.error(e);
    }
  }
}
