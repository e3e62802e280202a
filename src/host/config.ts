/**
 * The configuration the workbook keeps (urn:perfeval:config:1, the same document as
 * perfeval.config.json) on any host: read for every check, read and written by the 设置 view,
 * stored like the mapping (custom XML part and store sheet, src/host/types.ts updateDocument).
 */
import { CONFIG_NS, ConfigDocument, ConfigError, ResolvedConfig, parseConfig, resolveConfig, storedConfigs } from "../core/config";
import type { Lang } from "../core/model";
import type { SpreadsheetHost } from "./types";

export { CONFIG_NS };

/** How a check runs, from the stored documents a workbook read returned; ConfigError when stored badly. */
export function configOf(documents: readonly unknown[] | undefined, lang: Lang = "zh"): ResolvedConfig {
  return resolveConfig(storedConfigs(documents ?? [], lang));
}

export interface StoredConfig {
  /** The workbook's configuration; undefined when it has none (the national defaults). */
  document?: ConfigDocument;
  /** Why the stored configuration cannot be used, when it cannot. */
  error?: string;
}

/** The workbook's configuration as the 设置 view edits it: the last stored document. */
export async function loadStoredConfig(host: SpreadsheetHost, lang: Lang = "zh"): Promise<StoredConfig> {
  const stored = await host.readDocuments([CONFIG_NS]);
  try {
    const documents = storedConfigs(stored[CONFIG_NS] ?? [], lang);
    return { document: documents[documents.length - 1] };
  } catch (e) {
    if (e instanceof ConfigError) return { error: e.message };
    throw e;
  }
}

// Saves go one at a time, so that two quick clicks leave one document.
let writing: Promise<unknown> = Promise.resolve();

/** Replaces the workbook's configuration with `document` (validated first), or removes it (null). */
export function saveConfig(host: SpreadsheetHost, document: ConfigDocument | null, lang: Lang = "zh"): Promise<void> {
  let valid: ConfigDocument | null;
  try {
    valid = document === null ? null : parseConfig(document, lang);
  } catch (e) {
    return Promise.reject(e);
  }
  // JSON.stringify drops nothing of a parsed document; its null prototype does not matter to it.
  const run = writing.catch(() => undefined).then(() => host.updateDocument(CONFIG_NS, () => valid));
  writing = run;
  return run;
}
