/** The command line's configuration files: --config FILE, or perfeval.config.json in the working folder. */
import * as fs from "fs";
import * as path from "path";
import { ConfigDocument, ConfigError, parseConfigText } from "../core/config";
import { CliError } from "./errors";
import type { Io } from "./io";
import type { CheckFileOptions } from "../node/checkFile";

/** The folder's and the --config file's documents, around the one stored in each workbook. */
export type ConfigDocuments = NonNullable<CheckFileOptions["config"]>;

export const CONFIG_FILE = "perfeval.config.json";

/** A configuration file as a valid document; a missing, unreadable or invalid one is one line (exit 2). */
export function readConfigFile(file: string): ConfigDocument {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`找不到配置文件 ${file}`);
    if (code === "EISDIR") throw new CliError(`${file} 是文件夹，不是配置文件`);
    throw new CliError(`无法读取配置文件 ${file}（${code ?? (e as Error).message}）`);
  }
  try {
    return parseConfigText(text);
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(`${file}：${e.message}`);
    throw e;
  }
}

/** perfeval.config.json of the working folder, when there is one. */
export function folderConfig(io: Io): ConfigDocument | undefined {
  const file = path.join(io.cwd ?? process.cwd(), CONFIG_FILE);
  return fs.existsSync(file) ? readConfigFile(file) : undefined;
}
