/**
 * 改为 95.22 and 撤销修正 on any host. A fix writes a finding's `fix.value` into `fix.cell` (the
 * value to write: a percentage cell gets the fraction, rules.md Fixes) and records what the cell
 * held before in the workbook's stored documents (FIXES_NS, kept like the mapping: custom XML part
 * and store sheet), so that 撤销修正 gives the cell back exactly — its formula or value and its
 * number format — after save and reopen too. A cell the user changed since the fix is theirs:
 * 撤销修正 leaves it and says so.
 */
import type { Finding } from "../core/model";
import type { CellContent, CellRef, SpreadsheetHost } from "./types";

export const FIXES_NS = "urn:perfeval:fixes:1";

export interface FixRecord extends CellRef {
  /** The finding's rule, for the list of fixes (执行率, 总分合计 …). */
  rule: string;
  /** What the cell held before the first fix of it. */
  before: CellContent;
  /** What the fix wrote. */
  after: CellContent;
}

interface FixesDocument {
  version: 1;
  fixes: FixRecord[];
}

const key = (c: CellRef) => `${c.sheet}\u0000${c.cell}`;

const isContent = (v: unknown): v is CellContent => {
  const c = v as Partial<CellContent> | null;
  return !!c && ["number", "string", "boolean"].includes(typeof c.entry) && typeof c.numberFormat === "string" && c.numberFormat.length < 256;
};

/** The records of the stored documents (untrusted input: anything malformed is skipped); one per cell, the oldest. */
export function fixesFrom(documents: readonly unknown[]): FixRecord[] {
  const out = new Map<string, FixRecord>();
  for (const doc of documents) {
    const fixes = (doc as { fixes?: unknown } | null)?.fixes;
    if (!Array.isArray(fixes)) continue;
    for (const f of fixes as Partial<FixRecord>[]) {
      const ok = typeof f?.sheet === "string" && typeof f.cell === "string" && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(f.cell) && typeof f.rule === "string" && isContent(f.before) && isContent(f.after);
      if (ok && !out.has(key(f as CellRef))) out.set(key(f as CellRef), { sheet: f.sheet!, cell: f.cell!, rule: f.rule!, before: f.before!, after: f.after! });
    }
  }
  return [...out.values()];
}

const documentOf = (fixes: FixRecord[]): FixesDocument | null => (fixes.length ? { version: 1, fixes } : null);

// Records are read, changed and written back one at a time, so that two quick clicks both count.
let writing: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const run = writing.catch(() => undefined).then(work);
  writing = run;
  return run;
}

/** The fixes the workbook records (1 round trip in Excel). */
export async function loadFixes(host: SpreadsheetHost): Promise<FixRecord[]> {
  return fixesFrom((await host.readDocuments([FIXES_NS]))[FIXES_NS] ?? []);
}

/**
 * Writes the finding's fix and records what it replaced. A cell fixed before keeps its first
 * `before`, so 撤销修正 goes back to what the user had. If the record cannot be stored, the cell is
 * given its content back before the error goes on: no fix without a way back.
 */
export function applyFix(host: SpreadsheetHost, finding: Finding): Promise<FixRecord> {
  const fix = finding.fix;
  if (!fix) return Promise.reject(new Error(`${finding.rule} ${finding.cell}: no fix`));
  return serially(async () => {
    const target = { sheet: finding.sheet, cell: fix.cell };
    const [written] = await host.writeCells([{ ...target, entry: fix.value }]);
    const after: CellContent = { entry: fix.value, numberFormat: written.before.numberFormat };
    let record: FixRecord = { ...target, rule: finding.rule, before: written.before, after };
    try {
      await host.updateDocument(FIXES_NS, (documents) => {
        const fixes = fixesFrom(documents);
        const earlier = fixes.find((f) => key(f) === key(target));
        if (earlier) record = { ...record, before: earlier.before };
        return documentOf([...fixes.filter((f) => key(f) !== key(target)), record]);
      });
    } catch (e) {
      await host.writeCells([{ ...target, entry: written.before.entry, numberFormat: written.before.numberFormat, onlyIf: after }]).catch(() => undefined);
      throw e;
    }
    return record;
  });
}

export interface UndoOutcome {
  record: FixRecord;
  /** False when the cell no longer holds what the fix wrote: the user's own value stays. */
  restored: boolean;
  /** What the cell holds now. */
  now: CellContent;
}

/** 撤销修正: the cell's content before the fix, while it still holds what the fix wrote; the record goes either way. */
export function undoFix(host: SpreadsheetHost, at: CellRef): Promise<UndoOutcome> {
  return serially(async () => {
    const record = (await loadFixes(host)).find((f) => key(f) === key(at));
    if (!record) throw new Error(`${at.sheet}!${at.cell}: no fix recorded`);
    const [written] = await host.writeCells([{ ...at, entry: record.before.entry, numberFormat: record.before.numberFormat, onlyIf: record.after }]);
    await host.updateDocument(FIXES_NS, (documents) => documentOf(fixesFrom(documents).filter((f) => key(f) !== key(at))));
    return { record, restored: written.written, now: written.written ? record.before : written.before };
  });
}
