/** `cairn config`: the effective configuration. */
import type { Command } from 'commander';
import { describeConfig, formatConfigTable } from '@cairn/core';
import { readConfigOrExit } from '../read-config.js';

/** Registers `cairn config`. */
export function registerConfigCommand(program: Command): void {
  program
    .command('config')
    .description('Print the effective configuration (secrets masked)')
    .option(
      '--markdown',
      'print the table of every variable, its default and meaning, as in the README',
    )
    .action((options: { markdown?: boolean }) => {
      if (options.markdown) {
        console.log(formatConfigTable());
        return;
      }
      readConfigOrExit(); // a bad value exits here with the problem named
      for (const [variable, value] of Object.entries(describeConfig(process.env)))
        console.log(`${variable}=${value}`);
    });
}
