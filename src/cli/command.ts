/**
 * What a command of the command-line tool is: a name, a one-line summary, and
 * a run function that takes the arguments after its name and returns the exit
 * code. Usage errors are CliError values (exit code 2), printed by main.ts as
 * one line in the chosen language.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang, Texts } from "../core";

/** Where a command writes: one line at a time (tests pass their own). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliCommand {
  name: string;
  /** One line for the global help; a bilingual string or both texts. */
  summary: string | Texts;
  /** Arguments after the command's name → exit code (0 fine, 2 usage error; others per command). */
  run: (args: readonly string[], io: CliIo) => Promise<number> | number;
}

/** A usage or input error: printed as one line on stderr, exit code 2. */
export class CliError extends Error {
  readonly zh: string;
  readonly en: string;
  readonly exitCode: number;

  constructor(texts: Texts, exitCode = 2) {
    super(texts.en);
    this.name = "CliError";
    this.zh = texts.zh;
    this.en = texts.en;
    this.exitCode = exitCode;
  }

  /** The message in one language. */
  text(lang: Lang): string {
    return lang === "zh" ? this.zh : this.en;
  }
}

/** Writes to the process's stdout and stderr. */
export const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The options every command of this file's family takes: --json, --lang, --help. */
export const COMMON_OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

/** The language named by --lang anywhere in the arguments (zh when absent or not zh/en). */
export function langFromArgs(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i += 1) {
    const value = args[i] === "--lang" ? args[i + 1] : args[i].startsWith("--lang=") ? args[i].slice(7) : undefined;
    if (value === "en" || value === "zh") return value;
  }
  return "zh";
}

/** Checks a --lang value; throws a CliError for anything but zh or en. */
export function checkLang(value: string | undefined): Lang {
  if (value === undefined || value === "zh" || value === "en") return value ?? "zh";
  throw new CliError({ zh: `--lang 只能是 zh 或 en，不能是“${value}”`, en: `--lang takes zh or en, not "${value}"` });
}

/** A parseArgs error as one short sentence in both languages. */
function argumentProblem(error: unknown): Texts {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^'\s]*)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return { zh: `未知选项 ${option}`, en: `unknown option ${option}` };
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /argument missing/.test(message)
      ? { zh: `选项 ${option} 需要一个值`, en: `option ${option} needs a value` }
      : { zh: `选项 ${option} 不接受值`, en: `option ${option} takes no value` };
  }
  const first = message.split("\n")[0];
  return { zh: `参数有误：${first}`, en: `bad arguments: ${first}` };
}

/** node:util parseArgs, strict, with its errors turned into CliError lines naming the command. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const problem = argumentProblem(error);
    throw new CliError({
      zh: `${problem.zh}（用 plan-tracker ${command} --help 查看用法）`,
      en: `${problem.en} (see plan-tracker ${command} --help)`,
    });
  }
}

/** Throws a CliError when a command that takes no positional arguments got some. */
export function noPositionals(command: string, positionals: readonly string[]): void {
  if (!positionals.length) return;
  throw new CliError({
    zh: `多余的参数“${positionals[0]}”（用 plan-tracker ${command} --help 查看用法）`,
    en: `unexpected argument "${positionals[0]}" (see plan-tracker ${command} --help)`,
  });
}
