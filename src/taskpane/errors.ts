/**
 * Errors as the pane shows them: one line in the pane's language saying what happened and what to
 * do, and the original words (Excel's own, often English: "The request failed with status code of
 * 500") kept under 详细信息 for whoever helps. Never a stack.
 */
import { CheckCancelledError, SheetProtectedError } from "../host/errors";
import { MessageKey, Params, currentLocale, t } from "./i18n";

const MAX_LENGTH = 200;

/** The first meaningful line of an error's message (or code), clipped. */
export function oneLine(error: unknown): string {
  let text = "";
  if (typeof error === "string") text = error;
  else if (error && typeof error === "object") {
    const { message, code } = error as { message?: unknown; code?: unknown };
    text = typeof message === "string" && message.trim() ? message : typeof code === "string" ? code : "";
  }
  const first = text.split(/\r?\n/).map((line) => line.trim()).find((line) => line && !line.startsWith("at ")) ?? "";
  const clipped = first.length > MAX_LENGTH ? `${first.slice(0, MAX_LENGTH - 1)}…` : first;
  return clipped || t("status.unknownError");
}

/**
 * Office.js error codes (OfficeExtension.Error.code; docs: excel/excel-add-ins-error-handling,
 * "Error codes") → what the clerk is told.
 */
const CODES: Record<string, MessageKey> = {
  AccessDenied: "error.accessDenied",
  ActivityLimitReached: "error.busy",
  Conflict: "error.busy",
  ServiceNotAvailable: "error.busy",
  InvalidOperationInCellEditMode: "error.cellEdit",
  ItemNotFound: "error.notFound",
  InvalidReference: "error.notFound",
  RequestPayloadSizeLimitExceeded: "error.tooLarge",
  ResponsePayloadSizeLimitExceeded: "error.tooLarge",
  RangeExceedsLimit: "error.tooLarge",
  ApiNotFound: "error.unsupported",
  NotImplemented: "error.unsupported",
  UnsupportedOperation: "error.unsupported",
  InvalidArgument: "error.invalidArgument",
  InvalidBinding: "error.invalidArgument",
  GeneralException: "error.generic",
};

const CHINESE = /[\u4e00-\u9fff]/;

export interface ShownError {
  /** One line in the pane's language. */
  text: string;
  /** The original words, when they are not that line (shown under 详细信息). */
  detail?: string;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code ? code : undefined;
}

/** What the pane says about an error: known causes in its own words, the rest as they came if they are in its language. */
export function describeError(error: unknown): ShownError {
  if (error instanceof CheckCancelledError) return { text: t("check.cancelled") };
  const original = oneLine(error);
  const code = codeOf(error);
  const detail = code && !original.includes(code) ? `${code}: ${original}` : original;
  const say = (key: MessageKey, params?: Params): ShownError => ({ text: t(key, params), detail });
  if (error instanceof SheetProtectedError) return say("error.protected", { sheet: error.sheet });
  const status = /status code (?:of )?(\d{3})/i.exec(original);
  if (status) return say("error.server", { status: status[1] });
  if (code && CODES[code]) return say(CODES[code]);
  // Our own errors for the user are written in Chinese (core, host): as they are in a Chinese pane;
  // an English pane says what to do in English and keeps them under 详细信息 (Details).
  if (currentLocale() === "zh" && CHINESE.test(original) && !code) return { text: original };
  return say(code ? "error.generic" : "error.pane");
}
