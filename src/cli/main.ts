/** perfeval: argument parsing and printing only; the work is in core/ and node/. */
import * as path from "path";
import { Command, CommanderError } from "commander";
import { checkCommand } from "./check";
import { CliError } from "./errors";
import { Io, processIo } from "./io";
import { rulesCommand } from "./rules";
import { templateCommand } from "./template";
import { UnreadableFileError } from "../node/readWorkbook";
import { SafeWriteError } from "../node/safeWrite";

/** The version in package.json, from src/cli (ts-node) or build/src/cli (compiled). */
function packageVersion(): string {
  for (const up of ["../..", "../../.."]) {
    try {
      return require(path.join(__dirname, up, "package.json")).version;
    } catch {
      // not this level
    }
  }
  return "unknown";
}

/** Exit status when the input cannot be read or the command line is wrong (report-json.md). */
export const EXIT_UNREADABLE = 2;

export function buildProgram(io: Io): Command {
  const program = new Command("perfeval")
    .description("绩效自评助手：检查财政项目支出绩效自评表工作簿")
    .version(packageVersion(), "-v, --version", "显示版本号")
    .helpOption("-h, --help", "显示帮助")
    .helpCommand("help [命令]", "显示某个命令的帮助")
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  program.addCommand(checkCommand(io));
  program.addCommand(templateCommand(io));
  program.addCommand(rulesCommand(io));
  for (const command of program.commands) {
    command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  }
  return program;
}

/** Runs perfeval with `argv` (without node and script) and returns the exit status. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return io.exitCode ?? 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, with exit code 0.
      return e.exitCode === 0 ? 0 : EXIT_UNREADABLE;
    }
    if (e instanceof UnreadableFileError || e instanceof CliError || e instanceof SafeWriteError) {
      io.stderr.write(`perfeval: ${e.message}\n`);
      return EXIT_UNREADABLE;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`perfeval: 内部错误：${message.split("\n")[0]}（设置 PERFEVAL_DEBUG=1 可查看详情）\n`);
    if (process.env.PERFEVAL_DEBUG) io.stderr.write(`${(e as Error).stack}\n`);
    return EXIT_UNREADABLE;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
