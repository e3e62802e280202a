// LEVEL_HIERARCHY: each 二级指标 belongs to one 一级指标 (财预〔2020〕10号 附件 指标体系; the 2021 成本指标).
import { Project } from "../model";
import { ProjectRule, eachIndicator, report } from "./rule";
import { allowedLevel2, allows, isFramework, level1Kind } from "./levels";
import { listOf } from "./terms";

export const LevelHierarchyRule: ProjectRule = {
  id: "LEVEL_HIERARCHY",
  meta: {
    severity: "error",
    docs: {
      name: { zh: "指标层级", en: "Indicator levels" },
      description: { zh: "二级指标不属于其一级指标", en: "A 二级指标 does not belong to its 一级指标" },
      rationale: {
        zh: "指标体系规定了每个一级指标下的二级指标；放错层级的指标按错误的权重汇总。成本指标（经济、社会、生态环境成本）可作一级，也可放在产出指标下；评价框架（决策、过程、产出、效益）的表只核对产出和效益两组。",
        en: "The framework fixes which 二级 sit under each 一级; a misplaced one is weighted in the wrong group. 成本 indicators may be a 一级 of their own or sit under 产出; forms of the evaluation framework (决策, 过程, 产出, 效益) are checked under 产出 and 效益 only.",
      },
      source: { zh: "财预〔2020〕10号 附件 绩效指标体系；2021 年起的成本指标", en: "财预〔2020〕10号, annex: the indicator framework; 成本 indicators since 2021" },
      examples: {
        invalid: { zh: "产出指标下的二级指标写成“社会效益指标”", en: "社会效益指标 under 产出指标" },
        valid: { zh: "产出指标下为数量、质量、时效、成本指标", en: "数量, 质量, 时效 or 成本指标 under 产出指标" },
      },
    },
    messages: {
      notUnder: {
        zh: "二级指标“{level2}”不属于一级指标“{level1}”（应为：{allowed}）",
        en: "\"{level2}\" does not belong under \"{level1}\" (expected: {allowed})",
      },
      unknownLevel1: {
        zh: "二级指标“{level2}”的一级指标“{level1}”不是产出指标、效益指标或满意度指标",
        en: "The 一级指标 \"{level1}\" of \"{level2}\" is not 产出指标, 效益指标 or 满意度指标",
      },
    },
  },
  check(project: Project) {
    const framework = isFramework(project);
    const seen = new Set<string>();
    return eachIndicator(project, (ind) => {
      const { level1, level2 } = ind;
      if (level2.absent || level1.absent || level1.uncalculated || level2.value === null || seen.has(level2.cell)) return;
      seen.add(level2.cell);
      const kind = level1Kind(level1.value);
      const allowed = allowedLevel2(kind, framework);
      if (framework && !allowed) return; // 决策 and 过程 of the framework have 二级 of their own
      if (allowed && allows(allowed, level2.value)) return;
      const related = [level1.cell];
      return allowed
        ? report(project, level2, "notUnder", { level2: level2.value, level1: level1.value ?? "", allowed: listOf(allowed) }, { related })
        : report(project, level2, "unknownLevel1", { level2: level2.value, level1: level1.value ?? "" }, { related });
    });
  },
};
