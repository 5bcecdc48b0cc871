import fs from 'node:fs';
import { LocalizedError } from '../errors/localized-error.js';

/**
 * Checks that `file` is a regular file before anything opens it (opening a FIFO would block, a
 * device would be read forever): otherwise says what it is, or that it is not there. `shownAs` is
 * the name used in messages (never a server path on Discord).
 */
export function requireRegularFile(file: string, shownAs: string = file): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new LocalizedError('admin.error.fileMissing', { file: shownAs });
  }
  if (stat.isFile()) return stat;
  const kind = stat.isDirectory()
    ? 'directory'
    : stat.isFIFO()
      ? 'fifo'
      : stat.isSocket()
        ? 'socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'device'
          : 'other';
  throw new LocalizedError('admin.error.notAFile', { file: shownAs, kind });
}
