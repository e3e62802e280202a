/**
 * Requests sized for Excel. Excel on the web refuses a request or response over ~5 MB, counting
 * method calls and objects as well as values (docs: excel/performance.md), and often answers
 * GeneralException rather than the payload codes (OfficeDev/office-js#1314, #1012, #2564).
 */

const SIZE_REFUSALS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "GeneralException", "RangeExceedsLimit"]);

/** An error Excel gives for a batch too large (or for too many merged areas): worth a smaller try. */
export function isRefusedForSize(e: unknown): boolean {
  return SIZE_REFUSALS.has((e as { code?: string } | null)?.code ?? "");
}

/**
 * Queues the items `size` at a time and syncs each batch; a batch Excel refuses for its size is
 * halved and sent again, down to one item. `queue` returns what to do once its batch went
 * through. Always one sync at least (an empty list still sends what `queue` adds for `first`).
 */
export async function syncInBatches<T>(
  context: Excel.RequestContext,
  items: T[],
  size: number,
  queue: (batch: T[], first: boolean) => (() => void) | void,
): Promise<void> {
  let at = 0;
  let step = Math.max(1, size);
  let first = true;
  do {
    const batch = items.slice(at, at + step);
    const done = queue(batch, first);
    try {
      await context.sync();
    } catch (e) {
      if (!isRefusedForSize(e) || batch.length <= 1) throw e;
      step = Math.ceil(batch.length / 2);
      continue;
    }
    done?.();
    first = false;
    at += batch.length;
  } while (at < items.length);
}
