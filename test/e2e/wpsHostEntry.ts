/**
 * The WPS host of the end-to-end pages, bundled by wpsPane.ts and run before the page's own
 * scripts, as WPS gives its add-in pages the `wps` global: the simulated WPS workbook
 * (test/wps-sim) described by window.__PERFEVAL_WORKBOOK__ behind window.wps and
 * window.Application. window.__wps is the simulator (the book, the host's panes, storage and
 * listeners), for the tests' assertions.
 */
import { bgrOf } from "../../src/host/wps/fills";
import { WpsBook, WpsHost, bookFromSpecs, installWpsHost } from "../wps-sim/wps";
import type { WpsPaneWorkbook } from "./wpsPane";

interface HostWindow {
  __PERFEVAL_WORKBOOK__?: WpsPaneWorkbook;
  __wps?: { book: WpsBook; host: WpsHost };
}

const w = window as unknown as HostWindow;
const described = w.__PERFEVAL_WORKBOOK__;
const book = bookFromSpecs(described?.specs ?? [], described?.wps);
for (const f of described?.fills ?? []) book.setFill(f.sheet, f.address, { color: bgrOf(f.color)!, pattern: 1 });
if (described?.select) book.select(described.select.sheet, described.select.address);
if (described?.wps?.folder !== undefined) book.folder = described.wps.folder;
w.__wps = { book, host: installWpsHost(book) };
