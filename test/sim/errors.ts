/** Errors shaped like OfficeExtension.Error: a code, a message, debugInfo. Messages as Office.js words them. */
export class SimError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export function propertyNotLoaded(property: string, entity: string): SimError {
  return new SimError(
    ErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function valueNotLoaded(location: string): SimError {
  return new SimError(
    ErrorCodes.valueNotLoaded,
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
    location,
  );
}

export function itemNotFound(location: string): SimError {
  return new SimError(ErrorCodes.itemNotFound, "The requested resource doesn't exist.", location);
}

export function invalidArgument(location: string, detail = "The argument is invalid or missing or has an incorrect format."): SimError {
  return new SimError(ErrorCodes.invalidArgument, detail, location);
}
