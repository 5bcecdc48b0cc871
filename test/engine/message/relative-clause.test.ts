import { describe, expect, it } from 'vitest';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { withoutRelativeClause } from '../../../src/engine/message/relative-clause.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutRelativeClause', () => {
  const without = (q: string): string | undefined => withoutRelativeClause(messageTokens(q))?.join(' ');

  it('drops a relative clause that closes a question', () => {
    expect(without('hvor lang er broen som vises på satellittbildet')).toBe('hvor lang er broen');
    expect(without('hvem er tenketanken som studerte bildene')).toBe('hvem er tenketanken');
  });

  it('keeps a cleft, a comparison, "som" as "as" and a long clause', () => {
    expect(without('var det USA som tok bildene')).toBeUndefined();
    expect(without('hvem er det som sier det')).toBeUndefined();
    expect(without('er broen like lang som stasjonen er langt unna')).toBeUndefined();
    expect(without('publiserte de bilder som bevis')).toBeUndefined();
    expect(without('hvor lang er broen som toget fra Nord-Korea kjørte over i går kveld')).toBeUndefined();
  });
});

describe('Engine: a question with a relative clause', () => {
  const engine = seedEngine();

  it.each([
    ['hvor lang er broen som vises på satellittbildet', 'friendship-bridge'],
    ['hva heter tenketanken som gikk gjennom satellittbildene?', 'image-analysis'],
    ['hvem er tenketanken som studerte bildene', 'image-analysis'],
  ])('%j is answered as the question without the clause', (q, intent) => expect(engine.ask(q).intent).toBe(intent));

  it('stays declined when the clause says which thing is meant, and another entry answers the words before it', () => {
    // "How many wagons did the train have" alone is the 10:24 picture's; the horse train's wagons the article does not count.
    expect(engine.ask('Kor mange vogner hadde toget som køyrde hestane?').intent).toBeNull();
  });

  it('answers the words before the clause when they are surer of another entry than the whole is', () => {
    // The clause (the train crossing the border) drew the crossing's entry; what was asked of the train is its cargo.
    expect(engine.ask('hva var lasten på toget som krysset grensen?').intent).toBe('cargo-unknown');
  });
});
