// DUPLICATE_PROJECT: the same project filed twice in one workbook (same 项目名称, 实施单位, 年度).
import { Project } from "../model";
import { compact } from "../numbers";
import { WorkbookRule, finding } from "./rule";

export const DuplicateProjectRule: WorkbookRule = {
  id: "DUPLICATE_PROJECT",
  severity: "warning",
  describe: "多个工作表的项目名称、实施单位和年度相同",
  checkWorkbook(projects: Project[]) {
    const first = new Map<string, Project>();
    return projects.flatMap((p) => {
      if (p.name.value === null) return [];
      const key = [compact(p.name.value), compact(p.implementer.value ?? ""), p.year.value ?? ""].join("|");
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, p);
        return [];
      }
      return [finding(this, p, p.name, `项目“${p.name.value}”（${p.implementer.value ?? ""}，${p.year.value ?? ""} 年度）与工作表“${earlier.sheet}”重复`,
        { related: [`'${earlier.sheet}'!${earlier.name.cell}`] })];
    });
  },
};
