import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

/**
 * Logs go to stderr, always: stdout belongs to command output (`extract --json` prints JSON Lines).
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'lessons-graph' } }, pino.destination(2));
}

export type { Logger };
