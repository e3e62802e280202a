/** A mistake on the command line (bad option value, output over the input), shown in one line. */
export class CliError extends Error {}
