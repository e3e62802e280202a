/**
 * 检查工作簿 on any host: read every sheet with the stored mapping, run the core check, replace
 * the last check's marks with new ones. The host decides the round trips (Excel: 2 to read, 2 to
 * paint, whatever the sheet count); the check itself is pure and yields to the pane between sheets.
 */
import { CheckResult, SheetResult, checkSheets, readSheet } from "../core/check";
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

/** The core's result, plus what the marks could show. */
export type CheckedWorkbook = CheckResult & { marks: MarkOutcome };

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
  return { ...result, marks };
}
