import { describe, expect, it } from 'vitest';
import { seedEngine } from '../support/seed-engine.js';

describe('Engine: why a question is declined', () => {
  const engine = seedEngine();

  it('says the article lacks the detail when the entries that come close do not give it, and still offers them', () => {
    const answer = engine.ask('hvor mange soldater er sendt fra nord-korea');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.answer).toMatch(/Den detaljen gir ikke artikkelen/);
    expect(answer.answer).not.toMatch(/usikker|ikke sikker/);
    expect(answer.suggestions.map((s) => s.id)).toContain('claim-arms-supply');
  });

  it('is not sure, rather than short of a detail, when the question asks for none', () => {
    const answer = engine.ask('kim and the train');
    expect(answer.declineReason).toBe('unsure');
  });
});

describe('Engine: a name the article does not give', () => {
  const engine = seedEngine();

  it.each([
    ['what are the soviet officials in 1948 called', 'history-1948'],
    ['hvilken journalist står bak teksten i TV 2?', 'article-about'],
    ['what names do the icbms have', 'missile-tests'],
  ])('says so for %j and offers the entry on the topic', (question, topic) => {
    const answer = engine.ask(question);
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toContain(topic);
  });

  it('answers a name the article does give', () => {
    expect(engine.ask('what is the bridge at the border called').intent).toBe('friendship-bridge');
    expect(engine.ask('hva heter stasjonen i Russland der toget sto?').intent).toBe('image-1429');
  });
});
