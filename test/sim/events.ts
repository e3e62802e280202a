/**
 * Worksheet collection events (ExcelApi 1.9; docs: excel/excel-add-ins-events.md): a handler is
 * registered with `add` and removed with its EventHandlerResult, both taking effect at the next
 * sync of their context. onChanged fires for the data of cells ("Occurs when the data of individual
 * cells or comments has changed") — the user's typing and the add-in's own value writes, not
 * formats; onSelectionChanged and onActivated when the user selects or switches sheets.
 * Handlers run asynchronously, after the change, as Excel calls them.
 */
import type { SimContext } from "./proxy";
import type { SimWorkbook } from "./workbook";

export type SimEventKind = "changed" | "selectionChanged" | "activated";

export interface SimEventArgs {
  type: string;
  worksheetId: string;
  address?: string;
  source?: "Local" | "Remote";
  changeType?: string;
}

type Handler = (args: SimEventArgs) => unknown;

const TYPES: Record<SimEventKind, string> = { changed: "WorksheetChanged", selectionChanged: "WorksheetSelectionChanged", activated: "WorksheetActivated" };

/** The handlers registered on a workbook, by kind. */
export class SimEvents {
  private readonly handlers: Record<SimEventKind, Set<Handler>> = { changed: new Set(), selectionChanged: new Set(), activated: new Set() };

  count(kind: SimEventKind): number {
    return this.handlers[kind].size;
  }

  add(kind: SimEventKind, handler: Handler): void {
    this.handlers[kind].add(handler);
  }

  remove(kind: SimEventKind, handler: Handler): void {
    this.handlers[kind].delete(handler);
  }

  emit(kind: SimEventKind, args: Omit<SimEventArgs, "type">): void {
    for (const handler of [...this.handlers[kind]]) setTimeout(() => void handler({ type: TYPES[kind], ...args }), 0);
  }
}

/** worksheets.onChanged and its siblings: `add` queues the registration on the context. */
export class EventHandlers {
  constructor(private readonly context: SimContext, private readonly kind: SimEventKind) {}

  add(handler: Handler): { context: SimContext; remove(): void } {
    const sim: SimWorkbook = this.context.sim;
    this.context.enqueue(() => sim.events.add(this.kind, handler));
    const context = this.context;
    const kind = this.kind;
    return {
      context,
      remove: () => context.enqueue(() => sim.events.remove(kind, handler)),
    };
  }
}
