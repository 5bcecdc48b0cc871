import { describe, expect, it } from 'vitest';
import { changedFields, diffWrite, reversePart } from '../../src/admin/record-diff.js';

const entry = {
  id: 'e',
  status: 'reported',
  title: { nb: 'T', en: 'T' },
  answer: { nb: 'A', en: 'A' },
  sources: ['s1'],
  questions: { nb: ['q1'], en: ['q1'] },
  retired: false,
};

describe('record diffs', () => {
  it('stores only the changed fields, and nothing for no change', () => {
    expect(diffWrite({ kind: 'entry', key: 'e', before: entry, after: structuredClone(entry) })).toBeNull();
    const part = diffWrite({ kind: 'entry', key: 'e', before: entry, after: { ...entry, title: { nb: 'T', en: 'New' } } })!;
    expect(part).toEqual({ kind: 'entry', key: 'e', before: { title: { en: 'T' } }, after: { title: { en: 'New' } } });
    expect(changedFields(part)).toEqual(['title.en']);
  });

  it('reverses field by field, and questions as a set', () => {
    const added = diffWrite({ kind: 'entry', key: 'e', before: entry, after: { ...entry, questions: { nb: ['q1'], en: ['q1', 'q2'] } } })!;
    const later = { ...entry, status: 'confirmed', questions: { nb: ['q1'], en: ['q1', 'q2', 'q3'] } };
    expect(reversePart(added, later)).toEqual({ ok: true, next: { ...later, questions: { nb: ['q1'], en: ['q1', 'q3'] } } });
    expect(reversePart(added, { ...later, questions: { nb: ['q1'], en: ['q1'] } })).toEqual({ ok: false, fields: ['questions.en'] });
    const status = diffWrite({ kind: 'entry', key: 'e', before: entry, after: { ...entry, status: 'confirmed' } })!;
    expect(reversePart(status, { ...entry, status: 'refuted' })).toEqual({ ok: false, fields: ['status'] });
    expect(reversePart(status, null)).toEqual({ ok: false, fields: ['deleted'] });
  });

  it('reverses creation and deletion only from the state the change left', () => {
    const created = diffWrite({ kind: 'entry', key: 'e', before: null, after: entry })!;
    expect(reversePart(created, entry)).toEqual({ ok: true, next: null });
    expect(reversePart(created, { ...entry, status: 'confirmed' })).toEqual({ ok: false, fields: ['created'] });
    const deleted = diffWrite({ kind: 'review', key: 'unanswered:1', before: { decision: 'dismissed' }, after: null })!;
    expect(reversePart(deleted, null)).toEqual({ ok: true, next: { decision: 'dismissed' } });
  });
});
