/**
 * A stand-in for Excel's custom functions runtime global (CustomFunctions.Error, ErrorCode,
 * associate), installed on import so src/functions can run in Node.
 */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Ids bound with CustomFunctions.associate, for a test that loads the bundle. */
export const associated = new Map<string, unknown>();

const runtime = {
  Error: FakeCustomFunctionsError,
  ErrorCode,
  associate: (id: string, fn: unknown) => void associated.set(id, fn),
};

/** Puts the fake in place; the tests call it again in `before` in case another file replaced it. */
export function installFakeRuntime(): void {
  (globalThis as unknown as { CustomFunctions: typeof runtime }).CustomFunctions = runtime;
}

installFakeRuntime();
