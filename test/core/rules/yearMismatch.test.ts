import { formGrid, seedSheets, specGrid } from "../../fixtures/layouts";
import { seedForms } from "../../fixtures/seedForms";
import { formCells } from "../support/formCells";
import { edit, ruleTester } from "../support/ruleTester";

const in2023 = (id: string) => edit(id, (f) => (f.yearLine = "(2023年度)"));
const SOURCES = ["000", "001", "002", "003", "004"];

ruleTester("YEAR_MISMATCH", "warning", {
  valid: [
    ...SOURCES.map((source) => ({
      name: `seed source ${source}: one department, one year`,
      sheets: () => seedSheets(seedForms().filter((f) => f.id.startsWith(source + "-")), { layout: "plain" }).map(specGrid),
    })),
    { name: "a tie: one 2024 and one 2023 sheet", sheets: () => [formGrid(edit("000-01"), "plain", "A"), formGrid(in2023("000-02"), "plain", "B")] },
    {
      name: "a tie at the top: 2024, 2024, 2023, 2023, 2022",
      sheets: () => [
        formGrid(edit("000-01"), "plain", "A"),
        formGrid(edit("000-02"), "plain", "B"),
        formGrid(in2023("000-03"), "plain", "C"),
        formGrid(in2023("000-04"), "plain", "D"),
        formGrid(edit("000-05", (f) => (f.yearLine = "(2022年度)")), "plain", "E"),
      ],
    },
    { name: "a single sheet", sheets: () => [formGrid(in2023("000-01"))] },
  ],
  invalid: [
    {
      name: "one 2023 sheet among two 2024 ones (its year line, offset C6)",
      sheets: () => [formGrid(edit("000-01"), "plain", "A"), formGrid(in2023("000-02"), "offset", "B"), formGrid(edit("000-03"), "wide", "C")],
      findings: [{ sheet: "B", cell: formCells(edit("000-02"), "offset").year, includes: ["2023", "2024"], expected: 2024, actual: 2023 }],
    },
    {
      name: "a full-width year line （2023年度）",
      sheets: () => [formGrid(edit("000-01"), "plain", "A"), formGrid(edit("000-02"), "plain", "B"), formGrid(edit("003-05"), "plain", "C")],
      findings: [{ sheet: "C", cell: "A2", includes: ["2023"] }],
    },
    {
      // 31 of the seeds are 2024 (000, 001, 004), 13 are 2023 (002, 003).
      name: "all 44 seed forms in one workbook: the 13 forms of 2023",
      sheets: () => seedSheets(seedForms(), { layout: "plain" }).map(specGrid),
      findings: seedSheets(seedForms(), { layout: "plain" })
        .filter((_, i) => /^00[23]-/.test(seedForms()[i].id))
        .map((spec) => ({ sheet: spec.name, cell: "A2" })),
    },
  ],
});
