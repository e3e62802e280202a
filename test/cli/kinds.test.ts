/** The text report names the other kinds of forms it recognised, apart from the sheets that are no form. */
import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { summaryLine } from "../../src/cli/textReport";
import { formGrid, otherSheets, specGrid } from "../fixtures/layouts";
import { seedForm } from "../fixtures/seedForms";
import { JINZHAI_DEPARTMENT, MONITORING, NINGXIANG_TARGETS } from "../fixtures/specimens";

describe("the text report's summary line", () => {
  it("names department, target and monitoring forms as recognised and not checked", () => {
    const grids = [formGrid(seedForm("000-01")), specGrid(JINZHAI_DEPARTMENT), specGrid(NINGXIANG_TARGETS), specGrid(MONITORING), specGrid(otherSheets([])[2])];
    assert.match(
      summaryLine(checkGrids(grids)),
      /^共 1 个项目：\d+ 个错误，\d+ 个警告，\d+ 个提示；1 张部门整体支出绩效自评表、1 张绩效目标表、1 张绩效运行监控表已识别，暂不检查；1 个工作表不是自评表，已跳过$/,
    );
  });

  it("says nothing of them when there are none", () => {
    assert.doesNotMatch(summaryLine(checkGrids([formGrid(seedForm("000-01"))])), /已识别|已跳过/);
  });
});
