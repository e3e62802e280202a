import { formGrid, seedSheets, specGrid } from "../../fixtures/layouts";
import { seedForms } from "../../fixtures/seedForms";
import { formCells } from "../support/formCells";
import { edit, ruleTester, seedValidCases } from "../support/ruleTester";

// 001-01 信息化运维项目 (上海市科学技术协会, 2024).
const base = edit("001-01");

ruleTester("DUPLICATE_PROJECT", "warning", {
  valid: [
    ...seedValidCases(),
    {
      // 信息化运维项目 is filed by four units in the seeds (000-05, 001-01, 002-04, 004-06).
      name: "all 44 seed forms in one workbook: same names, other units or years",
      sheets: () => seedSheets(seedForms(), { layout: "plain" }).map(specGrid),
    },
    {
      name: "the same name and unit in another year",
      sheets: () => [formGrid(base, "plain", "A"), formGrid(edit("001-01", (f) => (f.yearLine = "(2023年度)")), "plain", "B")],
    },
    {
      name: "the same name in another unit",
      sheets: () => [formGrid(base, "plain", "A"), formGrid(edit("001-01", (f) => (f.implementer = "上海科技馆")), "plain", "B")],
    },
  ],
  invalid: [
    {
      name: "the same form on two sheets: the later one is reported, at its 项目名称 (offset D7)",
      sheets: () => [formGrid(base, "plain", "信息化运维项目"), formGrid(base, "offset", "信息化运维项目 (2)")],
      findings: [{ sheet: "信息化运维项目 (2)", cell: formCells(base, "offset").name, includes: ["信息化运维项目", "2024", "“信息化运维项目”"] }],
    },
    {
      name: "three copies: the second and third, name differing by spaces only",
      sheets: () => [
        formGrid(base, "wide", "S1"),
        formGrid(edit("001-02"), "plain", "S2"),
        formGrid(edit("001-01", (f) => (f.name = "信息化 运维项目")), "plain", "S3"),
        formGrid(base, "wide", "S4"),
      ],
      findings: [
        { sheet: "S3", cell: "B3", includes: ["S1"] },
        { sheet: "S4", cell: formCells(base, "wide").name, includes: ["S1"] },
      ],
    },
  ],
});
