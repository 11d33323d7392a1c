/**
 * The `cairn` command line. Each command lives in commands/<name>.ts and is registered here;
 * every command reads its configuration from the environment.
 */
import { Command } from 'commander';
import { CAIRN_VERSION } from '@cairn/core';
import { registerConfigCommand } from './commands/config.js';
import { registerCronCommand } from './commands/cron.js';
import { registerServiceCommands } from './commands/services.js';
import { registerProcessorCommands } from './commands/processor.js';
import { registerReprocessCommand } from './commands/reprocess.js';
import { registerSignatureCommand } from './commands/signature.js';
import { registerStackwalkCommand } from './commands/stackwalk.js';
import { registerSubmitCommand } from './commands/submit.js';
import { registerThrottleCommand } from './commands/throttle.js';
import { registerUsersCommand } from './commands/users.js';

const program = new Command()
  .name('cairn')
  .description('Crash ingestion and analysis: collector, processor, API and web app')
  .version(CAIRN_VERSION)
  .showHelpAfterError();

registerServiceCommands(program);
registerProcessorCommands(program);
registerReprocessCommand(program);
registerSubmitCommand(program);
registerStackwalkCommand(program);
registerConfigCommand(program);
registerSignatureCommand(program);
registerThrottleCommand(program);
registerUsersCommand(program);
registerCronCommand(program);

await program.parseAsync(process.argv);
