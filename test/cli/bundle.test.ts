import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';

// `npm run build` writes the command line as one bundle (rolldown.config.js): a cold `factbot ask` then loads one module
// of ours, not ~180 (bench/NOTES.md). The CLI tests spawn dist/cli/main.js, so they run the bundle; this says it is one.
describe('the command line as built', () => {
  const dir = path.join(PROJECT_ROOT, 'dist', 'cli');
  const imports = (file: string): string[] =>
    [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/^import\s.*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm)].map((m) => (m[1] ?? m[2])!);

  it('loads none of our modules one by one: only packages and its own chunks', () => {
    const ours = imports('main.js').filter((spec) => spec.startsWith('.'));
    expect(ours.length).toBeGreaterThan(0);
    for (const spec of ours) expect(spec, spec).toMatch(/^\.\/bundle-[\w-]+\.js$/);
  });

  it('keeps the chunks beside it, where paths found from a module’s own place hold (project-paths.ts)', () => {
    for (const spec of imports('main.js').filter((s) => s.startsWith('.'))) expect(fs.existsSync(path.join(dir, spec)), spec).toBe(true);
  });
});
