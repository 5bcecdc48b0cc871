import { z } from 'zod';

/** Value shapes several config entries share. */
export const snowflake = z.string().regex(/^\d{15,22}$/, 'must be a Discord id (15 to 22 digits)');
export const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
