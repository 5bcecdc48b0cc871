import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets, measures, readTargets, renderMarkdown, type BenchResults } from '../../bench/report.js';
import { generateArchive, slugify } from '../../bench/synthetic/generate.js';
import { PLACES, VILLAGE_FIRST, VILLAGE_LAST } from '../../bench/synthetic/vocabulary.js';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { parseKnowledgeBase } from '../../src/kb/knowledge-base.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';

const latest = (): BenchResults => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'bench', 'results', 'latest.json'), 'utf8')) as BenchResults;

describe('the bench as a decision record', () => {
  it('BENCHMARKS.md shows the targets of bench/targets.json, judged on the recorded run', () => {
    const results = latest();
    const file = readTargets();
    const checked = checkTargets(results, file.targets);
    expect(checked.map((t) => t.id)).toEqual(file.targets.map((t) => t.id));
    const markdown = fs.readFileSync(path.join(PROJECT_ROOT, 'BENCHMARKS.md'), 'utf8');
    expect(markdown).toBe(renderMarkdown(results));
    expect(markdown).toContain(`## Targets (${file.source})`);
    for (const t of checked) expect(markdown).toContain(`| ${t.what} | ${t.target} | ${t.actual} |`);
  });

  it('every target names a figure the bench measures, and the verdict follows its limit', () => {
    const results = latest();
    const known = measures(results);
    const specs = readTargets().targets;
    // Figures the recorded run has are judged; the rest say so instead of passing silently.
    for (const t of checkTargets(results, specs)) {
      const spec = specs.find((s) => s.id === t.id)!;
      const figure = known.get(spec.metric);
      if (!figure) {
        expect(t.met).toBeNull();
        continue;
      }
      expect(t.met).toBe(spec.atMost !== undefined ? figure.value <= spec.atMost : figure.value >= spec.atLeast!);
    }
    const metrics = new Set(specs.map((s) => s.metric));
    for (const m of ['article.qpsVsNlpjs', 'article.p99Ms', 'synthetic-10k.buildMs', 'cli.ownCostRatio', 'synthetic-10k.declines'])
      expect(known.has(m), m).toBe(metrics.has(m));
    // A stricter limit turns a met target into a missed one.
    const declines = specs.find((s) => s.metric === 'synthetic-10k.declines')!;
    const stricter = checkTargets(results, [{ ...declines, atLeast: 0.999 }])[0]!;
    expect(stricter.met).toBe(false);
  });

  it('archives larger than the towns can hold use villages too, and stay valid knowledge bases', () => {
    const archive = generateArchive(loadSeedFiles(path.join(PROJECT_ROOT, 'data')), {
      entries: 12_000,
      dev: { answerable: 20, declines: 10 },
      test: { answerable: 40, declines: 20 },
    });
    expect(archive.kb.entries).toHaveLength(12_000);
    expect(new Set(archive.kb.entries.map((e) => e.id)).size).toBe(12_000);
    const towns = PLACES.map(slugify);
    const villages = VILLAGE_FIRST.flatMap((f) => VILLAGE_LAST.map((l) => slugify(`${f}${l}`)));
    const inVillages = archive.kb.entries.filter((e) => villages.some((v) => e.id.endsWith(`-${v}`)) && !towns.some((t) => e.id.endsWith(`-${t}`)));
    expect(inVillages.length).toBeGreaterThan(1000);
    expect(() => parseKnowledgeBase(archive.kb)).not.toThrow();
    expect(archive.test).toHaveLength(60);
  }, 60_000);
});
