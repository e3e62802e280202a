/** Errors the workflows and every host share, so the pane can tell them apart from failures. */

export class CheckCancelledError extends Error {
  constructor(message = "检查已取消") {
    super(message);
    this.name = "CheckCancelledError";
  }
}

/** Throws CheckCancelledError when the signal says so. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CheckCancelledError();
}

/** A write to a sheet the user protected (审阅 → 保护工作表): refused before anything is written. */
export class SheetProtectedError extends Error {
  constructor(readonly sheet: string) {
    super(`工作表“${sheet}”受保护，不能修改单元格`);
    this.name = "SheetProtectedError";
  }
}
