/** Labels are matched after normalising what users vary: spaces, full-width forms, a trailing colon. */
import { strict as assert } from "assert";
import fc from "fast-check";
import { compact, halfWidth } from "../../src/core/numbers";
import { normalLabel } from "../../src/core/read/labelIndex";

describe("normalLabel", () => {
  it("reads 项目名称, ' 项目 名称：', '项目名称:' and full-width brackets alike", () => {
    assert.equal(normalLabel("项目名称"), "项目名称");
    assert.equal(normalLabel(" 项目\u3000名称："), "项目名称");
    assert.equal(normalLabel("项目名称:"), "项目名称");
    assert.equal(normalLabel("执行率（％）"), "执行率(%)");
    assert.equal(normalLabel("年度资金总额\u00a0:："), "年度资金总额");
  });

  it("is white space removed, full-width forms made ASCII and trailing colons dropped, for any text", () => {
    const char = fc.constantFrom(
      "项", "目", "名", "称", "A", "1", ":", "：", " ", "\t", "\n", "\u00a0", "\u3000", "\u2003", "\u202f", "\ufeff",
      "（", "）", "％", "＞", "(", ")", "%", "“", "”", "—", "\u0001",
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }).map((cs) => cs.join("")), (text) => {
        assert.equal(normalLabel(text), halfWidth(compact(text)).replace(/[:：]+$/, ""));
      }),
      { numRuns: 5000 },
    );
  });
});
