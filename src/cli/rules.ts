/** `perfeval rules [--format text|json|markdown] [--lang zh|en]`: the rule catalogue (docs/rules.md is its Markdown). */
import { Command, Option } from "commander";
import type { Lang } from "../core/model";
import { catalogue, catalogueMarkdown, catalogueText } from "../core/rules/catalogue";
import type { Io } from "./io";

export function rulesCommand(io: Io): Command {
  return new Command("rules")
    .description("列出所有检查规则：编号、级别、说明、依据和选项")
    .addOption(new Option("-f, --format <format>", "输出格式").choices(["text", "json", "markdown"]).default("text"))
    .addOption(new Option("-l, --lang <lang>", "语言").choices(["zh", "en"]).default("zh"))
    .helpOption("-h, --help", "显示帮助")
    .action((options: { format: "text" | "json" | "markdown"; lang: Lang }) => {
      if (options.format === "json") {
        const indent = io.stdout.isTTY ? 2 : undefined;
        io.stdout.write(JSON.stringify(catalogue(options.lang), null, indent) + "\n");
      } else {
        io.stdout.write(options.format === "markdown" ? catalogueMarkdown(options.lang) : catalogueText(options.lang));
      }
    });
}
