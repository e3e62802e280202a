/**
 * The configuration the workbook keeps (custom XML part urn:perfeval:config:1, the same document
 * as perfeval.config.json): read for every check, read and written by the 设置 view. Every call
 * the add-in makes to that part is here, so that it can move onto other storage in one place.
 *
 * Round trips: loadStoredConfig 2 syncs, saveConfig 3; a check reads the part with its grids.
 */
import { CONFIG_NS, CONFIG_ROOT, ConfigDocument, ConfigError, ResolvedConfig, parseConfig, resolveConfig, storedConfigs } from "../core/config";
import type { Lang } from "../core/model";
import { StoredParts, listParts, partJson, queuePartXml, queueReplaceParts } from "./xmlParts";

export { CONFIG_NS };

/** The stored documents, a damaged part included (as undefined, which the configuration refuses). */
function documentsOf(parts: StoredParts | undefined): unknown[] {
  return (parts?.xml ?? []).map((x) => (typeof x.value === "string" ? partJson(x.value) : undefined));
}

/** How a check runs, from the parts a workbook read loaded (readWorkbook with CONFIG_NS); ConfigError when stored badly. */
export function configFromParts(parts: StoredParts | undefined, lang: Lang = "zh"): ResolvedConfig {
  return resolveConfig(storedConfigs(documentsOf(parts), lang));
}

export interface StoredConfig {
  /** The workbook's configuration; undefined when it has none (the national defaults). */
  document?: ConfigDocument;
  /** Why the stored configuration cannot be used, when it cannot. */
  error?: string;
}

/** The workbook's configuration as the 设置 view edits it: the last stored document. */
export async function loadStoredConfig(lang: Lang = "zh"): Promise<StoredConfig> {
  return Excel.run(async (context) => {
    const parts = listParts(context, CONFIG_NS);
    await context.sync();
    queuePartXml(parts);
    await context.sync();
    try {
      const documents = storedConfigs(documentsOf(parts), lang);
      return { document: documents[documents.length - 1] };
    } catch (e) {
      if (e instanceof ConfigError) return { error: e.message };
      throw e;
    }
  });
}

// Saves go one at a time, so that two quick clicks leave one part.
let writing: Promise<unknown> = Promise.resolve();

/** Replaces the workbook's configuration with `document` (validated first), or removes it (null). */
export function saveConfig(document: ConfigDocument | null, lang: Lang = "zh"): Promise<void> {
  let valid: ConfigDocument | null;
  try {
    valid = document === null ? null : parseConfig(document, lang);
  } catch (e) {
    return Promise.reject(e);
  }
  const run = writing.catch(() => undefined).then(() =>
    Excel.run(async (context) => {
      const parts = listParts(context, CONFIG_NS);
      await context.sync();
      // JSON.stringify drops nothing of a parsed document; its null prototype does not matter to it.
      queueReplaceParts(context, parts, CONFIG_ROOT, valid);
      await context.sync();
    }),
  );
  writing = run;
  return run;
}
