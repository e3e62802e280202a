import { strict as assert } from "assert";
import type { CheckResult } from "../../src/core/check";
import { isSafeAttribute } from "../../src/taskpane/dom";
import { oneLine } from "../../src/taskpane/errors";
import { claimCheck, releaseCheck } from "../../src/taskpane/events";
import { setLocale } from "../../src/taskpane/i18n";
import { CheckSession } from "../../src/taskpane/session";

describe("task pane support modules", () => {
  it("shows an error as one line, without the stack", () => {
    const e = new Error("ItemNotFound: the sheet was deleted\n    at Excel.run (excel.js:1:1)");
    assert.equal(oneLine(e), "ItemNotFound: the sheet was deleted");
    assert.equal(oneLine("plain text"), "plain text");
    assert.equal(oneLine({ code: "GeneralException", message: "" }), "GeneralException");
    assert.equal(oneLine("x".repeat(500)).length, 200);
    setLocale("zh");
    assert.equal(oneLine(undefined), "未知错误");
    assert.equal(oneLine(new Error("")), "未知错误");
  });

  it("allows only plain attributes, never event handlers or script URLs", () => {
    for (const name of ["class", "id", "type", "role", "data-testid", "data-sheet", "aria-label", "hidden", "download"]) {
      assert.ok(isSafeAttribute(name, "x"), name);
    }
    assert.ok(!isSafeAttribute("onerror", "window.__xss=1"));
    assert.ok(!isSafeAttribute("onclick", "x"));
    assert.ok(!isSafeAttribute("style", "color:red"));
    assert.ok(!isSafeAttribute("src", "x"));
    assert.ok(isSafeAttribute("href", "blob:https://host/123"));
    assert.ok(!isSafeAttribute("href", "javascript:alert(1)"));
  });

  it("lets one check run at a time across the pane and the ribbon", () => {
    assert.equal(claimCheck(), true);
    assert.equal(claimCheck(), false);
    releaseCheck();
    assert.equal(claimCheck(), true);
    releaseCheck();
  });

  it("hands a new result to every subscriber", () => {
    const session = new CheckSession();
    const seen: CheckResult[] = [];
    const stop = session.subscribe((r) => seen.push(r));
    const first: CheckResult = { sheets: [], findings: [] };
    const second: CheckResult = { sheets: [], findings: [] };
    session.setResult(first);
    stop();
    session.setResult(second);
    assert.deepEqual(seen, [first]);
    assert.equal(seen[0], first);
    assert.equal(session.result, second);
  });
});
