/**
 * 检查工作簿 on any host: read every sheet with the stored mapping, run the core check, replace
 * the last check's marks with new ones. The host decides the round trips (Excel: 2 to read, 2 to
 * paint, whatever the sheet count); the check itself is pure and yields to the pane between sheets.
 * 只检查本表 (recheckSheets) does the same for some sheets, keeping the others' findings and marks.
 */
import { CheckResult, SheetResult, WorkbookMapping, checkSheets, inReportOrder, readSheet } from "../core/check";
import { HIGHLIGHTS_NS, MAPPING_NS, mappingFrom } from "../core/storedData";
import { CONFIG_NS, configOf } from "./config";
import { stopIfCancelled } from "./errors";
import { markTargets } from "./marks";
import type { MarkOutcome, SpreadsheetHost } from "./types";

export interface CheckProgress {
  stage: "read" | "check" | "paint";
  done: number;
  total: number;
}

export interface CheckOptions {
  onProgress?: (p: CheckProgress) => void;
  signal?: AbortSignal;
}

/** The core's result, plus what the marks could show and the user's mapping it was read with. */
export type CheckedWorkbook = CheckResult & { marks: MarkOutcome; mapping: WorkbookMapping };

/** Lets the task pane repaint and take a 取消 click during a long check. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function checkWorkbook(host: SpreadsheetHost, options: CheckOptions = {}): Promise<CheckedWorkbook> {
  const { onProgress, signal } = options;
  stopIfCancelled(signal);
  const read = await host.readWorkbook({
    scope: "all",
    documents: [MAPPING_NS, HIGHLIGHTS_NS, CONFIG_NS],
    onProgress: (done, total) => onProgress?.({ stage: "read", done, total }),
    signal,
  });
  stopIfCancelled(signal);
  const mapping = mappingFrom(read.documents[MAPPING_NS] ?? []);
  // A configuration stored badly stops the check with its one line (ConfigError), before any paint.
  const config = configOf(read.documents[CONFIG_NS]);
  const sheets: SheetResult[] = [];
  let lastYield = Date.now();
  for (const grid of read.grids) {
    sheets.push(readSheet(grid, mapping));
    onProgress?.({ stage: "check", done: sheets.length, total: read.grids.length });
    if (Date.now() - lastYield > 25) {
      await yieldToUi();
      lastYield = Date.now();
    }
    stopIfCancelled(signal);
  }
  const result = checkSheets(sheets, { config });
  const marks = await host.paintMarks(markTargets(result.findings), {
    after: read,
    onProgress: (done, total) => onProgress?.({ stage: "paint", done, total }),
    signal,
  });
  return { ...result, marks, mapping };
}

/**
 * 只检查本表, and the re-check after an edit or a fix: these sheets read and checked again, their
 * findings and marks replaced; every other sheet keeps the findings and marks it had. The rules
 * across the workbook see every sheet (the others as last read) but report here on these sheets only.
 */
export async function recheckSheets(host: SpreadsheetHost, last: CheckedWorkbook, names: string[], options: CheckOptions = {}): Promise<CheckedWorkbook> {
  const { signal } = options;
  stopIfCancelled(signal);
  const read = await host.readWorkbook({ scope: { sheets: names }, documents: [MAPPING_NS, HIGHLIGHTS_NS, CONFIG_NS], signal });
  stopIfCancelled(signal);
  const mapping = mappingFrom(read.documents[MAPPING_NS] ?? []);
  const config = configOf(read.documents[CONFIG_NS]);
  const fresh = new Map(read.grids.map((g) => [g.name, readSheet(g, mapping)]));
  const known = new Map(last.sheets.map((s) => [s.name, s]));
  // The workbook as it is now: a sheet deleted since is gone, one added since is read when asked for.
  const sheets = read.sheets.flatMap((info) => {
    const sheet = fresh.get(info.name) ?? known.get(info.name);
    return sheet ? [sheet] : [];
  });
  const again = new Set(fresh.keys());
  const result = checkSheets(sheets, { config });
  const exists = new Set(sheets.map((s) => s.name));
  const kept = last.findings.filter((f) => !again.has(f.sheet) && exists.has(f.sheet));
  const findings = inReportOrder([...kept, ...result.findings.filter((f) => again.has(f.sheet))], sheets.map((s) => s.name));
  const painted = await host.paintMarks(markTargets(findings.filter((f) => again.has(f.sheet))), { after: read, sheets: [...again], signal });
  const protectedBefore = last.marks.protectedSheets.filter((s) => !again.has(s) && exists.has(s));
  const unrestorableBefore = last.marks.unrestorable.filter((c) => !again.has(c.sheet) && exists.has(c.sheet));
  const unmarked = new Set(unrestorableBefore.map((c) => `${c.sheet}!${c.cell}`));
  const stillMarked = markTargets(kept).filter((t) => !protectedBefore.includes(t.sheet) && !unmarked.has(`${t.sheet}!${t.cell}`));
  const marks: MarkOutcome = {
    painted: painted.painted + stillMarked.length,
    protectedSheets: [...new Set([...protectedBefore, ...painted.protectedSheets])],
    unrestorable: [...unrestorableBefore, ...painted.unrestorable],
  };
  return { sheets, findings, marks, mapping };
}
