/** The last check result, shared by the 检查 and 导出 tabs and the ribbon command's event. */
import type { CheckResult } from "../core/check";
import type { CheckedWorkbook } from "../host/check";

/** A result as the pane holds it: the core's, with what the marks could show and the mapping it was read with when known. */
export type PaneResult = CheckResult & Partial<Pick<CheckedWorkbook, "marks" | "mapping">>;

type Listener = (result: PaneResult) => void;

export class CheckSession {
  private last: PaneResult | undefined;
  private readonly listeners = new Set<Listener>();

  get result(): PaneResult | undefined {
    return this.last;
  }

  setResult(result: PaneResult): void {
    this.last = result;
    for (const listener of this.listeners) listener(result);
  }

  /** Calls `listener` on every new result; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
