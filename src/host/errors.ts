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
