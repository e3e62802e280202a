/** The last check result, shared by the 检查 and 导出 tabs and the ribbon command's event. */
import type { CheckResult } from "../core/check";

type Listener = (result: CheckResult) => void;

export class CheckSession {
  private last: CheckResult | undefined;
  private readonly listeners = new Set<Listener>();

  get result(): CheckResult | undefined {
    return this.last;
  }

  setResult(result: CheckResult): void {
    this.last = result;
    for (const listener of this.listeners) listener(result);
  }

  /** Calls `listener` on every new result; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
