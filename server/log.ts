/**
 * Structured JSON logs, one object per line. Fields are typed to ids, numbers and short codes:
 * there is no way to pass a frame body, token, key or label through here, by construction.
 * Log device ids, never names.
 */

/** Values a log line may carry. Strings must be ids, codes or addresses — never content. */
export type LogValue = string | number | boolean | null;
export type LogFields = Readonly<Record<string, LogValue>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** A logger writing JSON lines to `write` (stdout by default). */
export function createLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const emit = (level: string, event: string, fields?: LogFields) => {
    write(`${JSON.stringify({ t: new Date().toISOString(), level, event, ...fields })}\n`);
  };
  return {
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

/** A logger that drops everything (tests that do not inspect logs). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** The class and message of an unexpected error, without its stack's data or any content. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) return { error: error.name, message: error.message.slice(0, 200) };
  return { error: typeof error };
}
