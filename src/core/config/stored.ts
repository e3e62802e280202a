/**
 * The configuration inside a workbook: the same document as perfeval.config.json, in a custom XML
 * part of its own namespace (core/storedData's JSON part encoding). The add-in writes it from the
 * 设置 view; the add-in and the command line both check with it. Untrusted on the way in: parsed
 * like any configuration file, and refused in one line when it is not valid.
 */
import type { Lang } from "../model";
import type { ConfigDocument } from "./types";
import { ConfigError, parseConfig } from "./validate";

export const CONFIG_NS = "urn:perfeval:config:1";
export const CONFIG_ROOT = "perfevalConfig";

/** The stored documents (oldest first, as the parts come) as configurations; ConfigError names the workbook. */
export function storedConfigs(documents: readonly unknown[], lang: Lang = "zh"): ConfigDocument[] {
  return documents.map((doc) => {
    try {
      return parseConfig(doc, lang);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      throw new ConfigError(lang === "zh" ? `工作簿中保存的配置无效：${e.message}` : `The configuration stored in the workbook is not valid: ${e.message}`);
    }
  });
}
