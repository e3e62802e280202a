import { strict as assert } from "assert";
import { MESSAGES, MessageKey, setApplication, setLocale, t } from "../../src/taskpane/i18n";

describe("task pane strings in WPS", () => {
  afterEach(() => {
    setApplication("excel");
    setLocale("zh");
  });

  it("name WPS instead of Excel in every message, in both languages, and Excel again in Excel", () => {
    for (const locale of ["zh", "en"] as const) {
      setLocale(locale);
      setApplication("wps");
      for (const key of Object.keys(MESSAGES.zh) as MessageKey[]) assert.ok(!/Excel/.test(t(key)), `${locale} ${key}: ${t(key)}`);
    }
    setLocale("zh");
    assert.match(t("mapping.intro"), /先在 WPS 表格 中选中/);
    assert.match(t("export.textIntro", { file: "a.json" }), /^这一版 WPS 表格 不能从加载项下载文件/);
    setApplication("excel");
    assert.match(t("mapping.intro"), /先在 Excel 中选中/);
  });

  it("leave what the user's data says alone: a sheet or file name with Excel in it", () => {
    setApplication("wps");
    assert.equal(t("export.saved", { file: "Excel 导出.report.json" }), "已导出 Excel 导出.report.json");
  });
});
