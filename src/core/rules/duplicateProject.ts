// DUPLICATE_PROJECT: the same project filed twice in one workbook (same 项目名称, 实施单位, 年度).
import { Project } from "../model";
import { compact } from "../numbers";
import { Report, WorkbookRule, report } from "./rule";

export const DuplicateProjectRule: WorkbookRule = {
  id: "DUPLICATE_PROJECT",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "重复项目", en: "Duplicate project" },
      description: { zh: "多个工作表的项目名称、实施单位和年度相同", en: "Two sheets have the same project, implementing unit and year" },
      rationale: {
        zh: "同一项目在一本工作簿里出现两次，多半是复制工作表后忘了改，汇总时会重复计算。",
        en: "The same project twice in one workbook is mostly a copied sheet left unchanged; a summary counts it twice.",
      },
      source: { zh: "复核做法", en: "Review practice" },
      examples: {
        invalid: { zh: "两张表都是“信息化运维项目”、同一实施单位、2024 年度", en: "Two sheets of 信息化运维项目, same unit, 2024" },
        valid: { zh: "同名项目属于不同实施单位", en: "Same name, different implementing units" },
      },
    },
    messages: {
      duplicate: {
        zh: "项目“{name}”（{implementer}，{year} 年度）与工作表“{sheet}”重复",
        en: "Project \"{name}\" ({implementer}, {year}) is also on sheet \"{sheet}\"",
      },
    },
  },
  checkWorkbook(projects: Project[]) {
    const first = new Map<string, Project>();
    const reports: Report[] = [];
    for (const p of projects) {
      if (p.name.value === null) continue;
      const key = [compact(p.name.value), compact(p.implementer.value ?? ""), p.year.value ?? ""].join("|");
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, p);
        continue;
      }
      reports.push(report(p, p.name, "duplicate", { name: p.name.value, implementer: p.implementer.value ?? "", year: p.year.value ?? "", sheet: earlier.sheet },
        { related: [`'${earlier.sheet}'!${earlier.name.cell}`] }));
    }
    return reports;
  },
};
