/** The WPS host's info, task pane, events and the selection, and connectHost telling WPS from Office. */
import { strict as assert } from "assert";
import type { HostEventDetail } from "../../../src/host/types";
import { wpsGlobal } from "../../../src/host/wps/global";
import { platformOf, wpsHost, wpsInfo } from "../../../src/host/wps/host";
import { PANE_ID_KEY, paneUrl } from "../../../src/host/wps/taskPane";
import { seedForms } from "../../fixtures/seedForms";
import { WpsBook } from "../../wps-sim/wps";
import { PANE_URL, seedBook, useBook } from "./support";

/** Lets the simulator deliver the events it queued (WPS calls listeners after the call that caused them). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("WPS: what the host says of itself", () => {
  it("speaks English where WPS's interface is English (LanguageSettings.LanguageID(msoLanguageIDUI)), Chinese by default", () => {
    const lang = (languageId: number | null) => {
      const host = useBook(new WpsBook(undefined, { languageId }));
      return wpsInfo(host.wps).displayLanguage;
    };
    assert.deepEqual([lang(2052), lang(1033), lang(2057), lang(1028), lang(1031), lang(null)], ["zh-CN", "en-US", "en-GB", "zh-TW", undefined, undefined]);
  });

  it("tells Windows from Linux (麒麟, 统信) by the page's user agent", () => {
    assert.equal(platformOf("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/94.0"), "windows");
    assert.equal(platformOf("Mozilla/5.0 (X11; Linux aarch64) AppleWebKit/537.36 Chrome/94.0"), "linux");
    assert.equal(platformOf(""), "other");
  });

  it("offers what the build has: files, events and the pane", () => {
    const { wps } = seedBook("plain");
    assert.equal(wps.info.kind, "wps");
    assert.deepEqual(wps.info.capabilities, { downloads: true, workbookFile: true, showPane: true, events: true });
  });
});

describe("WPS: the task pane", () => {
  it("makes the pane once, from the main page or the pane itself, and shows it again", async () => {
    const { host, wps } = seedBook("plain");
    assert.equal(paneUrl("http://127.0.0.1:3889/index.html"), PANE_URL);
    assert.equal(paneUrl(`${PANE_URL}?x=1#y`), PANE_URL);
    await wps.showPane();
    host.taskPanes[0].Visible = false;
    await wps.showPane();
    assert.deepEqual(host.taskPanes.map((p) => [p.url, p.title, p.Visible]), [[PANE_URL, "绩效自评助手", true]]);
    assert.equal(host.storage.get(PANE_ID_KEY), String(host.taskPanes[0].ID));
  });
});

describe("WPS: events and the selection", () => {
  it("reports the user's edits, selections and sheet switches by sheet name, never its own store sheet, until unsubscribed", async () => {
    const { book, wps, specs } = seedBook("plain");
    const seen: [string, HostEventDetail][] = [];
    const offs = await Promise.all(
      (["sheetChanged", "selectionChanged", "sheetActivated"] as const).map((e) => wps.on(e, (d) => seen.push([e, d]))),
    );
    book.setValue(specs[1].name, "C5", 12);
    book.select(specs[2].name, "D7:E8");
    await wps.updateDocument("urn:perfeval:mapping:1", () => ({ version: 1, sheets: {} }));
    await delivered();
    assert.deepEqual(seen.filter(([, d]) => d.sheet !== specs[0].name), [
      ["sheetChanged", { sheet: specs[1].name, address: "C5" }],
      ["sheetActivated", { sheet: specs[2].name }],
      ["selectionChanged", { sheet: specs[2].name, address: "D7:E8" }],
      // Making the store sheet: WPS activates a new sheet (not reported), the add-in activates the user's again.
      ["sheetActivated", { sheet: specs[2].name }],
    ]);
    assert.ok(!seen.some(([, d]) => d.sheet === "_perfeval_data"), "the store sheet's writes are not news");
    for (const off of offs) await off();
    book.setValue(specs[1].name, "C6", 1);
    await delivered();
    assert.equal(seen.filter(([, d]) => d.address === "C6").length, 0);
  });

  it("gives the top-left cell of the selection, and selects a cell on another sheet (activating it first)", async () => {
    const { book, wps } = seedBook("plain");
    book.select("填表说明", "E9:F12");
    assert.deepEqual(await wps.selectedCell(), { sheet: "填表说明", cell: "E9", area: "E9:F12" }, "a range selected is named whole (the 映射 tab refuses it)");
    const name = seedForms()[5].name;
    book.log.length = 0;
    await wps.selectCell({ sheet: name, cell: "G13" });
    assert.deepEqual(book.selection, { sheet: name, address: "G13" });
    assert.deepEqual(book.log.map((w) => w.what), ["activate", "select"], "WPS selects only on the active sheet");
  });
});

describe("WPS: the add-in API", () => {
  it("is found as wps.EtApplication(), or on window.Application where a page has only that (wpsjs's templates use it)", async () => {
    const host = useBook(new WpsBook());
    host.app.book.addSheet("表一");
    assert.equal(wpsGlobal(), host.wps);
    const g = globalThis as { wps?: unknown; Application?: unknown };
    const { PluginStorage, CreateTaskPane, GetTaskPane, ApiEvent, FileSystem, Env } = host.wps;
    g.wps = undefined;
    g.Application = Object.assign(Object.create(host.app), { PluginStorage, CreateTaskPane, GetTaskPane, ApiEvent, FileSystem, Env });
    try {
      const api = wpsGlobal()!;
      assert.ok(api);
      const read = await wpsHost(api, { paneUrl: PANE_URL }).readWorkbook({ scope: "none" });
      assert.deepEqual(read.sheets.map((s) => s.name), ["表一"]);
      g.Application = host.app;
      assert.equal(wpsGlobal(), undefined, "an Application without the add-in API is not taken for WPS");
    } finally {
      host.uninstall();
    }
  });
});

describe("connectHost", () => {
  const fresh = () => {
    const id = require.resolve("../../../src/host/index");
    delete require.cache[id];
    return require(id) as typeof import("../../../src/host/index");
  };

  it("finds WPS where the page has wps.EtApplication(), and no host where there is neither WPS nor Office", async () => {
    const host = useBook(new WpsBook());
    const found = await fresh().connectHost();
    assert.equal(found?.info.kind, "wps");
    host.uninstall();
    const g = globalThis as { Office?: unknown };
    const office = g.Office;
    delete g.Office;
    try {
      assert.equal(await fresh().connectHost(), null);
    } finally {
      if (office !== undefined) g.Office = office;
    }
  });
});
