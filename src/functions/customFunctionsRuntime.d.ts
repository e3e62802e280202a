/**
 * The part of the custom functions runtime (CustomFunctionsRuntime 1.2) this add-in uses.
 * @types/custom-functions-runtime is not installed; Excel provides the global at run time,
 * the tests put a fake one in place (test/functions/fakeRuntime.ts). If that package is ever
 * added, delete this file.
 */
declare namespace CustomFunctions {
  /** Shown in the cell as the error of `code`; `message` appears only for #VALUE! and #N/A. */
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }

  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  /** Binds a function id of functions.json to its implementation (custom-functions-metadata-plugin injects the calls). */
  function associate(id: string, functionObject: Function): void;
}
