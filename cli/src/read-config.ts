/** Reads the configuration for a command; a bad setting ends the process with the problems named. */
import { ConfigError, loadConfig, type CairnConfig } from '@cairn/core';

/** The validated configuration, or exit code 2 with every problem on standard error. */
export function readConfigOrExit(): CairnConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}
