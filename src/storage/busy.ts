/** A write that found another process's write lock (SQLITE_BUSY): the caller retries later, never blocking. */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
