import type { Status } from '../kb/statuses.js';

/** How a status looks in an embed: the colour bar and a matching dot before the status word. */
export const STATUS_STYLE: Record<Status, { color: number; dot: string }> = {
  documented: { color: 0x2e7d32, dot: '🟢' },
  confirmed: { color: 0x1b5e20, dot: '🟢' },
  reported: { color: 0x1565c0, dot: '🔵' },
  stated: { color: 0x0277bd, dot: '🔵' },
  unproven: { color: 0xf9a825, dot: '🟡' },
  suspected: { color: 0xfbc02d, dot: '🟡' },
  disputed: { color: 0xef6c00, dot: '🟠' },
  refuted: { color: 0xc62828, dot: '🔴' },
  unknown: { color: 0x9e9e9e, dot: '⚪' },
  historical: { color: 0x6a1b9a, dot: '🟣' },
  meta: { color: 0x00838f, dot: '🔷' },
};

export const DECLINED_STYLE = { color: 0x607d8b, dot: '❔' };
export const NEUTRAL_COLOR = 0x5865f2;
