import { Command, CommanderError } from 'commander';
import { describeError, isAppError } from '../errors.js';
import { registerServicesCommand } from './services-command.js';
import { registerIngestCommand } from './ingest-command.js';
import { registerReindexCommand } from './reindex-command.js';
import { registerRemoveCommand } from './remove-command.js';
import { registerExtractCommand } from './extract-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerBenchCommand } from './bench-command.js';
import { registerExportCommand } from './export-command.js';

/**
 * `lessons-graph`: one entry point, thin sub-commands (parse arguments, call the pipeline).
 * Exit codes: 0 success; 1 failure (one-line reason on stderr); 2 bad usage.
 */
export function buildProgram(): Command {
  const program = new Command('lessons-graph')
    .description('Lessons Graph: evaluation summaries in, a knowledge graph and search out')
    .showHelpAfterError()
    .exitOverride();
  registerServicesCommand(program);
  registerServeCommand(program);
  registerIngestCommand(program);
  registerReindexCommand(program);
  registerRemoveCommand(program);
  registerExtractCommand(program);
  registerExportCommand(program);
  registerBenchCommand(program);
  return program;
}

/** Runs the CLI on `argv` (as process.argv) and resolves to the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    const code = isAppError(error) ? ` [${error.code}]` : '';
    process.stderr.write(`lessons-graph${code}: ${describeError(error)}\n`);
    if (isAppError(error) && error.message.includes('\n')) process.stderr.write(`${error.message.split('\n').slice(1).join('\n')}\n`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  // main reports its own failures and resolves to the exit code: it never rejects.
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
