import type { FastifyRequest } from 'fastify';
import { LocalizedError } from '../errors/localized-error.js';

/** A posted form: urlencoded fields are strings or, when repeated, arrays of strings. */
type Body = Record<string, unknown>;

function body(req: FastifyRequest): Body {
  return req.body && typeof req.body === 'object' ? (req.body as Body) : {};
}

function wrongType(field: string, expected: string): LocalizedError {
  return new LocalizedError('admin.error.invalid', {}, [{ key: 'admin.problem.wrongType', values: { expected }, at: { field } }]);
}

/** One text field; missing is undefined, a repeated or non-text field is refused. */
export function textField(req: FastifyRequest, name: string): string | undefined {
  const value = body(req)[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw wrongType(name, 'string');
  return value;
}

export function requiredText(req: FastifyRequest, name: string): string {
  const value = textField(req, name);
  if (value === undefined || value.trim() === '') throw new LocalizedError('admin.error.invalid', {}, [{ key: 'admin.problem.missing', at: { field: name } }]);
  return value;
}

/** A whole number field (an id); anything else is refused. */
export function intField(req: FastifyRequest, name: string): number {
  const value = requiredText(req, name);
  if (!/^\d{1,15}$/.test(value.trim())) throw wrongType(name, 'number');
  return Number(value.trim());
}

/** A field that may repeat (checkboxes): always a list of strings. */
export function listField(req: FastifyRequest, name: string): string[] {
  const value = body(req)[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((v) => typeof v === 'string')) throw wrongType(name, 'string');
  return list;
}

/** A textarea with one item per line: trimmed, blank lines left out. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
