/** The registry: every rule of the check, in the order of rules.md. A new rule is one file plus one line here. */
import { BudgetWeightRule } from "./budgetWeight";
import { DeductionReasonRule } from "./deductionReason";
import { DuplicateProjectRule } from "./duplicateProject";
import { ExecOverBudgetRule } from "./execOverBudget";
import { ExecRateRule } from "./execRate";
import { ExecScoreRule } from "./execScore";
import { FundSumRule } from "./fundSum";
import { GradeRule } from "./grade";
import { IndicatorRenamedRule } from "./indicatorRenamed";
import { LevelHierarchyRule } from "./levelHierarchy";
import { NotCalculatedRule } from "./notCalculated";
import { QualitativeBandRule } from "./qualitativeBand";
import { QuantProportionRule } from "./quantProportion";
import { ProjectRule, WorkbookRule } from "./rule";
import { RequiredFieldRule } from "./requiredField";
import { ScoreRangeRule } from "./scoreRange";
import { TargetUnmetFullScoreRule } from "./targetUnmetFullScore";
import { TotalSumRule } from "./totalSum";
import { UnitMismatchRule } from "./unitMismatch";
import { UnitMissingRule } from "./unitMissing";
import { WeightSumRule } from "./weightSum";
import { YearMismatchRule } from "./yearMismatch";

export const PROJECT_RULES: readonly ProjectRule[] = [
  RequiredFieldRule,
  FundSumRule,
  ExecRateRule,
  ExecScoreRule,
  BudgetWeightRule,
  ExecOverBudgetRule,
  LevelHierarchyRule,
  ScoreRangeRule,
  WeightSumRule,
  TotalSumRule,
  GradeRule,
  DeductionReasonRule,
  TargetUnmetFullScoreRule,
  QuantProportionRule,
  QualitativeBandRule,
  UnitMismatchRule,
  UnitMissingRule,
  IndicatorRenamedRule,
  NotCalculatedRule,
];

export const WORKBOOK_RULES: readonly WorkbookRule[] = [DuplicateProjectRule, YearMismatchRule];

export const ALL_RULES = [...PROJECT_RULES, ...WORKBOOK_RULES];
