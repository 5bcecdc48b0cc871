import { describe, expect, it } from 'vitest';
import { BotMetrics, outcomeOf } from '../../src/ops/bot-metrics.js';

describe('question outcomes for factbot_questions_total', () => {
  it('answered for entries and conversation, suggested for a decline that offers entries, else declined', async () => {
    expect(outcomeOf({ kind: 'entry' })).toBe('answered');
    expect(outcomeOf({ kind: 'conversation' })).toBe('answered');
    expect(outcomeOf({ kind: 'declined' })).toBe('declined');
    expect(outcomeOf({ kind: 'declined', suggestions: [] })).toBe('declined');
    expect(outcomeOf({ kind: 'declined', suggestions: ['horse-train'] })).toBe('suggested');

    const metrics = new BotMetrics({ defaultMetrics: false });
    metrics.question('slash', { kind: 'declined', lang: 'nb', suggestions: ['horse-train', 'kim-horses'] });
    const text = await metrics.registry.metrics();
    expect(text).toContain('factbot_questions_total{surface="slash",lang="nb",outcome="suggested"} 1');
  });
});
