import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_RATINGS } from '../../src/admin/claim-review.js';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { createTranslator } from '../../src/i18n/translator.js';
import type { Status } from '../../src/kb/statuses.js';
import { CONTRACT_ENTRIES } from '../support/contract.js';

const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'interface.md'), 'utf8');
const t = createTranslator();

// docs/interface.md is what a clone of the repository has of the contract: it must not drift.
describe('docs/interface.md', () => {
  it('lists every stable id with its status', () => {
    for (const [id, status] of Object.entries(CONTRACT_ENTRIES)) expect(doc, id).toMatch(new RegExp(`\\| \`${id}\` \\| ${status} \\|`));
  });

  it('describes every field of ask --json, suggestions included', () => {
    for (const field of ['question', 'lang', 'intent', 'status', 'confidence', 'answer', 'sources', 'suggestions']) expect(doc).toContain(`| \`${field}\` |`);
  });

  it('gives the ClaimReview rating scale the export uses, with the words users see', () => {
    for (const [status, value] of Object.entries(CLAIM_RATINGS))
      expect(doc).toContain(`| ${status} | ${value} | ${t(`status.${status as Status}`, 'en')} / ${t(`status.${status as Status}`, 'nb')} |`);
  });

  it('is what the README links to for the interface (a clone has no ../shared/CONTRACT.md)', () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('(docs/interface.md)');
    expect(readme).not.toContain('../shared/CONTRACT.md');
  });
});
