/**
 * The PERF.* functions as WPS custom functions: the same functions as Excel's (src/functions, on
 * core/scoring), registered with wps.AddCustomFunction(namespace, name, fn), the call that
 * Kingsoft's wpsjs 2.2.3 generates for each @customfunction (its vite plugin functionsScanner),
 * available from WPS 12.1.0.20540. They are synchronous, as WPS requires.
 *
 * src/functions reports an error by throwing CustomFunctions.Error (Excel's runtime); WPS has no
 * such runtime, so a small one is put in place and a thrown error becomes its code, "#VALUE!",
 * "#DIV/0!"…, returned as the cell's text (how WPS shows an exception from a custom function is
 * not documented).
 */
import * as PERF from "../../functions/functions";
import type { WpsGlobal } from "./global";

export const FUNCTION_NAMESPACE = "PERF";
export const FUNCTION_NAMES = ["EXECRATE", "EXECSCORE", "PERFGRADE", "TARGETMET", "INDSCORE"] as const;

type CustomFunction = (...args: unknown[]) => unknown;


/** What src/functions/arguments.ts needs of Excel's CustomFunctions runtime, for WPS. */
class SpreadsheetError {
  constructor(readonly code: string, readonly message?: string) {}
}
const ERROR_CODES = {
  invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
  nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!",
} as const;

export function installErrorRuntime(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  g.CustomFunctions ??= { Error: SpreadsheetError, ErrorCode: ERROR_CODES, associate: () => undefined };
}

/** A cell's function: its result, or the spreadsheet error's code when it throws one. */
export function cellFunction(fn: CustomFunction): CustomFunction {
  return (...args: unknown[]) => {
    try {
      return fn(...args);
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code;
      return typeof code === "string" && code.startsWith("#") ? code : ERROR_CODES.invalidValue;
    }
  };
}

/** Registers PERF.*; false when this WPS build has no custom functions (before 12.1.0.20540). */
export function registerFunctions(wps: Pick<WpsGlobal, "AddCustomFunction">): boolean {
  if (typeof wps.AddCustomFunction !== "function") return false;
  installErrorRuntime();
  for (const name of FUNCTION_NAMES) wps.AddCustomFunction(FUNCTION_NAMESPACE, name, cellFunction(PERF[name] as CustomFunction));
  return true;
}
