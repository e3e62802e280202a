/**
 * 一级指标 as the rules see them: which group a label names (产出指标, 项目产出, 产出指标(50分)),
 * whether the form follows the evaluation framework (决策 / 过程 / 产出 / 效益), and which 二级
 * each group holds (财预〔2020〕10号 附件 指标体系; rules.md, LEVEL_HIERARCHY).
 */
import { COST_INDICATORS, HIERARCHY } from "../labels";
import type { Indicator, Project } from "../model";
import { compact, halfWidth } from "../numbers";

/** A weight printed at the end of a label: 产出指标(50分), 数量指标（10 分）. */
export const WEIGHT_IN_LABEL = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/;

/** Labels repeat on every form (产出指标, 数量指标): their stems are remembered. */
const stems = new Map<string, string>();
const STEMS_KEPT = 5000;

/** A name compared without white space, a printed weight and a trailing 指标 (服务对象满意度 = 服务对象满意度指标). */
export function stem(name: string): string {
  let s = stems.get(name);
  if (s === undefined) {
    s = halfWidth(compact(name)).replace(WEIGHT_IN_LABEL, "").replace(/指标$/, "");
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(name, s);
  }
  return s;
}

export type Level1Kind = "output" | "effect" | "satisfaction" | "cost" | "decision" | "process";

const KINDS: Record<string, Level1Kind> = {
  产出: "output", 项目产出: "output",
  效益: "effect", 项目效益: "effect",
  满意度: "satisfaction",
  成本: "cost",
  决策: "decision", 项目决策: "decision",
  过程: "process", 管理: "process", 项目管理: "process",
};

export function level1Kind(name: string | null): Level1Kind | undefined {
  return name === null ? undefined : KINDS[stem(name)];
}

/** The 一级 label of each group as the standard form names it. */
export const LEVEL1_LABEL: Record<"output" | "effect" | "satisfaction", string> = {
  output: "产出指标",
  effect: "效益指标",
  satisfaction: "满意度指标",
};

/** A form in the evaluation framework has 决策 or 过程/管理 groups besides 产出 and 效益. */
export function isFramework(project: Project): boolean {
  return level1Groups(project).some((g) => g.kind === "decision" || g.kind === "process");
}

const OUTPUT = [...HIERARCHY["产出指标"], ...COST_INDICATORS];
const EFFECT = HIERARCHY["效益指标"];
const SATISFACTION = HIERARCHY["满意度指标"];

/**
 * The 二级 allowed under a group; undefined where the form's 二级 are not checked (决策 and 过程
 * of the framework) or the 一级 is none of the groups. In the framework 满意度 sits under 效益.
 */
export function allowedLevel2(kind: Level1Kind | undefined, framework: boolean): readonly string[] | undefined {
  switch (kind) {
    case "output": return OUTPUT;
    case "effect": return framework ? [...EFFECT, ...SATISFACTION] : EFFECT;
    case "satisfaction": return framework ? undefined : SATISFACTION;
    case "cost": return framework ? undefined : COST_INDICATORS;
    default: return undefined;
  }
}

const allowedStems = new Map<readonly string[], Set<string>>();
export function allows(allowed: readonly string[], level2: string): boolean {
  let set = allowedStems.get(allowed);
  if (!set) allowedStems.set(allowed, (set = new Set(allowed.map(stem))));
  return set.has(stem(level2));
}

/** Runs of indicators under one 一级 (a merged cell, or the same label repeated on each row). */
export interface Level1Group {
  kind: Level1Kind | undefined;
  indicators: Indicator[];
}

/** Four rules look at a form's groups: made once per project (a corrected copy is a project of its own). */
const groupsOf = new WeakMap<Project, Level1Group[]>();

export function level1Groups(project: Project): Level1Group[] {
  let groups = groupsOf.get(project);
  if (!groups) groupsOf.set(project, (groups = readGroups(project)));
  return groups;
}

function readGroups(project: Project): Level1Group[] {
  const groups: Level1Group[] = [];
  let last: string | undefined;
  for (const ind of project.indicators) {
    const key = ind.level1.value === null ? "" : stem(ind.level1.value);
    if (groups.length === 0 || key !== last) groups.push({ kind: level1Kind(ind.level1.value), indicators: [] });
    groups[groups.length - 1].indicators.push(ind);
    last = key;
  }
  return groups;
}
