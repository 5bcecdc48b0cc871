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

describe('Engine: predictions, opinions and questions about the bot are declined however well they match', () => {
  const engine = seedEngine();

  it('declines a prediction on a topic it knows, says why and offers that topic', () => {
    const answer = engine.ask('Vil grensebroen bli stengt igjen?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('future');
    expect(answer.suggestions.map((s) => s.id)).toContain('friendship-bridge');
  });

  it('declines a guess asked for after chatter that matches an entry well', () => {
    const answer = engine.ask('I read it and nobody knows what was on the train. But if you had to guess, arms or horses? Just your gut feeling.');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('opinion');
  });

  it.each(['how are you?', 'hva driver du med?', 'kven har laga deg?', 'are you a real person?'])(
    'declines %j as a question about itself, offering no entry',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.intent).toBeNull();
      expect(answer.declineReason).toBe('personal');
      expect(answer.suggestions).toEqual([]);
    },
  );

  it('greets back a greeting that asks how it is', () => {
    expect(engine.ask('hei, korleis har du det?').intent).toBe('greeting');
  });

  it('answers a question whose chatter only mentions tomorrow', () => {
    expect(engine.ask("I'm presenting this in class tomorrow. Who took the satellite images?").intent).toBe('image-analysis');
  });
});
