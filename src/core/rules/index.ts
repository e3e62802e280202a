/**
 * The registry: every rule of the check. A new rule is one file plus one line here.
 * PROJECT_RULES run in this order, which is their dependency order (rules.md, Causes): funds sums
 * → rates → budget score; indicator scores → 总分 → 等级; a rule that reads a cell another rule
 * corrects comes after it (registry.test.ts checks the order, test/core/causes.test.ts what it gives).
 */
import { ActualNotMeasuredRule } from "./actualNotMeasured";
import { BlankFormRule } from "./blankForm";
import { BudgetWeightRule } from "./budgetWeight";
import { DeductionReasonRule } from "./deductionReason";
import { DuplicateProjectRule } from "./duplicateProject";
import { ExecOverBudgetRule } from "./execOverBudget";
import { ExecRateRule } from "./execRate";
import { ExecScoreRule } from "./execScore";
import { FundSumRule } from "./fundSum";
import { GradeRule } from "./grade";
import { IndicatorRenamedRule } from "./indicatorRenamed";
import { Level1WeightsRule } from "./level1Weights";
import { LevelHierarchyRule } from "./levelHierarchy";
import { LowExecFullMarksRule } from "./lowExecFullMarks";
import { MissingLevel1Rule } from "./missingLevel1";
import { NotCalculatedRule } from "./notCalculated";
import { OverTargetFullScoreRule } from "./overTargetFullScore";
import { PlaceholderTextRule } from "./placeholderText";
import { QualitativeBandRule } from "./qualitativeBand";
import { QuantProportionRule } from "./quantProportion";
import { ReverseProportionRule } from "./reverseProportion";
import { ProjectRule, Rule, WorkbookRule } from "./rule";
import { RequiredFieldRule } from "./requiredField";
import { ScoreRangeRule } from "./scoreRange";
import { StatedWeightRule } from "./statedWeight";
import { TargetUnmetFullScoreRule } from "./targetUnmetFullScore";
import { TotalSumRule } from "./totalSum";
import { UnitMismatchRule } from "./unitMismatch";
import { UnitMissingRule } from "./unitMissing";
import { WeightSumRule } from "./weightSum";
import { YearMismatchRule } from "./yearMismatch";

export const PROJECT_RULES: readonly ProjectRule[] = [
  // a form nobody has filled in yet: reported once, and nothing else runs on it
  BlankFormRule,
  RequiredFieldRule,
  NotCalculatedRule,
  // the funds: sums → rates → budget score
  FundSumRule,
  ExecRateRule,
  ExecScoreRule,
  BudgetWeightRule,
  ExecOverBudgetRule,
  // the indicator table's structure
  LevelHierarchyRule,
  MissingLevel1Rule,
  // indicator scores → weights → 总分 → 等级
  ScoreRangeRule,
  WeightSumRule,
  StatedWeightRule,
  Level1WeightsRule,
  TotalSumRule,
  GradeRule,
  // each indicator's scoring, after SCORE_RANGE has said which scores can be right
  DeductionReasonRule,
  TargetUnmetFullScoreRule,
  QuantProportionRule,
  ReverseProportionRule,
  OverTargetFullScoreRule,
  QualitativeBandRule,
  ActualNotMeasuredRule,
  LowExecFullMarksRule,
  UnitMismatchRule,
  UnitMissingRule,
  // what is left in the text
  PlaceholderTextRule,
  IndicatorRenamedRule,
];

export const WORKBOOK_RULES: readonly WorkbookRule[] = [DuplicateProjectRule, YearMismatchRule];

export const ALL_RULES: readonly Rule[] = [...PROJECT_RULES, ...WORKBOOK_RULES];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((rule) => [rule.id, rule]));
