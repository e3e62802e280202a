import { strict as assert } from "assert";
import type { Finding } from "../../src/core/model";
import { LAST_CHECK, WpsPage, lastCheck, storeCheck } from "../../src/wps/page";
import { findingGroups, summaryLine } from "../../src/wps/pane";

const finding = (sheet: string, cell: string, severity: Finding["severity"]): Finding => ({ rule: "GRADE", severity, sheet, cell, message: `${cell} 的问题` });

function storage(): WpsPage {
  const items = new Map<string, string>();
  return {
    EtApplication: () => { throw new Error("not used"); },
    PluginStorage: { setItem: (k, v) => void items.set(k, v), getItem: (k) => items.get(k) ?? null, removeItem: (k) => void items.delete(k) },
    CreateTaskPane: () => ({ ID: 1, Visible: false }),
    GetTaskPane: () => undefined,
  };
}

describe("WPS task pane: the last check's findings", () => {
  it("groups findings by sheet in their order and counts them by level", () => {
    const findings = [finding("表一", "D7", "error"), finding("表一", "G9", "warning"), finding("表二", "A1", "info"), finding("表一", "H3", "error")];
    assert.deepEqual(findingGroups(findings).map((g) => [g.sheet, g.findings.map((f) => f.cell)]), [["表一", ["D7", "G9"]], ["表二", ["A1"]], ["表一", ["H3"]]]);
    assert.equal(summaryLine(findings), "2 个错误、1 个警告、1 个提示");
    assert.equal(summaryLine([]), "未发现问题。");
  });

  it("keeps the findings between the add-in's page and the pane, and ignores what is not ours", () => {
    const wps = storage();
    assert.deepEqual(lastCheck(wps), []);
    storeCheck(wps, [finding("表一", "D7", "error")]);
    assert.deepEqual(lastCheck(wps).map((f) => f.cell), ["D7"]);
    wps.PluginStorage.setItem(LAST_CHECK, "{not json");
    assert.deepEqual(lastCheck(wps), []);
    wps.PluginStorage.setItem(LAST_CHECK, JSON.stringify([{ sheet: 1 }, finding("表二", "B2", "info")]));
    assert.deepEqual(lastCheck(wps).map((f) => f.cell), ["B2"]);
  });
});
