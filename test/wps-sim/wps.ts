/**
 * An in-memory simulator of WPS 表格's object model as a WPS 加载项 sees it (README.md cites the
 * source of each behaviour). Pure TypeScript: mocha uses it directly, a browser bundle can too.
 *
 *   const book = bookFromSpecs(specs);          // or bookFromExcel(excelSim.toJSON())
 *   const host = installWpsHost(book);          // globalThis.wps (EtApplication(), AddCustomFunction…)
 *   wpsHost(host.wps, { paneUrl })               // the host boundary over it (src/host/wps/host.ts)
 *   book.log; book.calls; book.snapshot();      // what a test asserts on
 */
export { WpsBook } from "./book";
export type { WpsBookOptions, WpsWrite } from "./book";
export { installWpsHost, buildAtLeast } from "./host";
export type { WpsHost, SimTaskPane } from "./host";
export { bookFromSpecs } from "./fromSpecs";
export { bookFromExcel } from "./fromExcel";
export { excelFromBook } from "./toExcel";
export { SimApplication, SimWorkbook, SimSheets, SimWorksheet } from "./workbook";
export { SimRange } from "./range";
export type { WpsCell, WpsFill, WpsSheet, WpsState } from "./state";
export { themeBgr } from "./state";
export { bgrOf, hexOf } from "../../src/host/wps/fills";
