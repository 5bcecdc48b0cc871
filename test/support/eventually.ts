/**
 * What `read` gives once `done` accepts it, read again every 20 ms for up to `timeoutMs` (then the last
 * reading): the bot writes its question log about half a second after the reply, not before it.
 */
export async function eventually<T>(read: () => T, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value) || Date.now() >= deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
