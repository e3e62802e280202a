/** Errors from the office layer as the pane shows them: one line, never a stack. */
import { t } from "./i18n";

const MAX_LENGTH = 200;

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
