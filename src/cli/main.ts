#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { BatchFileError } from '../batch/batch-file-error.js';
import { ConfigError } from '../update/config.js';
import { CliError } from './cli-error.js';
import { registerChanges } from './commands/changes.js';
import { registerEntity } from './commands/entity.js';
import { registerExport } from './commands/export.js';
import { registerImportOwnership } from './commands/import-ownership.js';
import { registerKeys } from './commands/keys.js';
import { registerNetwork } from './commands/network.js';
import { registerScan } from './commands/scan.js';
import { registerScreen } from './commands/screen.js';
import { registerServe } from './commands/serve.js';
import { registerSources } from './commands/sources.js';
import { registerUpdate } from './commands/update.js';

const program = new Command()
  .name('vigil')
  .description('Vigil: sanctions screening against the official lists, in one FtM entity model, with history')
  .exitOverride();

registerUpdate(program);
registerSources(program);
registerChanges(program);
registerEntity(program);
registerNetwork(program);
registerImportOwnership(program);
registerExport(program);
registerScreen(program);
registerScan(program);
registerServe(program);
registerKeys(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError || error instanceof ConfigError || error instanceof BatchFileError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}
