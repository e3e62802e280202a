/**
 * An in-memory simulator of the part of the Excel JavaScript API the add-in uses, strict where
 * Excel is: loads fill only at context.sync(), unloaded reads throw PropertyNotLoaded, writes are
 * queued and applied in order. Pure TypeScript, no Node imports: mocha uses it directly and the
 * end-to-end tests bundle it into a browser page as the Office host.
 *
 *   const sim = new SimWorkbook();            // or simFromSpecs(specs) from ./fromSpecs
 *   installOfficeHost(sim);                   // globalThis.Excel / Office / OfficeExtension
 *   await checkWorkbook();                    // the add-in's code, unchanged
 *   sim.syncCount; sim.log; sim.snapshot();   // what the test asserts on
 */
export { SimWorkbook } from "./workbook";
export { installOfficeHost, createContext } from "./host";
export { SimError, ErrorCodes } from "./errors";
export { ClientResult, SimContext } from "./proxy";
export { parseLoad } from "./wire";
export { Range, RangeAreas, RangeCollection } from "./range";
export { RangeFormat, RangeFill, RangeFont, RangeBorder, DataValidation } from "./rangeFormat";
export { Worksheet, WorksheetCollection, PageLayout, WorksheetProtection, WorksheetFreezePanes } from "./worksheet";
export { Workbook, CustomXmlPart, CustomXmlPartCollection, NamedItem, NamedItemCollection } from "./api";
export type { Area, SimCell, SimFill, SimSheet, SimState, SimValue, SimWrite, SimXmlPart } from "./state";
export { a1, areaA1, parseAddress, quoteSheet } from "./state";
export { PROFILES, versionAtLeast } from "./profiles";
export type { ProfileName, SimProfile } from "./profiles";
