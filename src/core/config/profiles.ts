/**
 * Profiles: named sets of defaults a configuration starts from (rules.md, configuration).
 * `national` is the rule catalogue as rules.md gives it (each rule's meta); the others say
 * only what they change.
 */
import type { Localized } from "../model";
import type { RuleSetting } from "./types";

export interface Profile {
  description: Localized;
  rules: Record<string, RuleSetting>;
}

export const DEFAULT_PROFILE = "national";

export const PROFILES: Record<string, Profile> = {
  national: {
    description: {
      zh: "财预〔2020〕10号的评分规则与通行的复核做法（默认）",
      en: "The scoring rules of 财预〔2020〕10号 and common review practice (the default)",
    },
    rules: {},
  },
  // What a 复核 (a second look by 财政局 or a third-party firm) asks about as well: the hints a
  // department may leave become warnings, and execution below 90 % with full marks is questioned.
  review: {
    description: {
      zh: "复核：把提示级的复核要点（目标偏低、低执行率满分、一级指标权重）升为警告，执行率低于 90% 即提示",
      en: "Review: the review hints (low targets, full marks on low execution, 一级 weights) become warnings; execution below 90 % is questioned",
    },
    rules: {
      OVER_TARGET_FULL_SCORE: "warning",
      LOW_EXEC_FULL_MARKS: ["warning", { below: 90 }],
      LEVEL1_WEIGHTS: "warning",
    },
  },
};
