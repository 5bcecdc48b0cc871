import { describe, expect, it } from 'vitest';
import { seedEngine } from '../support/seed-engine.js';

describe('Engine', () => {
  const engine = seedEngine();

  it.each([
    ['Hvem tok satellittbildene?', 'nb', 'image-analysis'],
    ['Who took the satellite images?', 'en', 'image-analysis'],
    ['Kva skjedde klokka 14.29?', 'nb', 'image-1429'],
    ['hvor lang er vennskapsbroen', 'nb', 'friendship-bridge'],
    ['hvor lang er vennskapsbroen?', 'nb', 'friendship-bridge'],
    ['How long is the Friendship Bridge?', 'en', 'friendship-bridge'],
    ['Did North Korea deny selling weapons to Russia?', 'en', 'dprk-denial'],
    ['Kan toget ha fraktet hester?', 'nb', 'horse-train'],
    ['hei', 'nb', 'greeting'],
    ['thanks!', 'en', 'thanks'],
  ])('answers %j in %s from %s', (question, lang, intent) => {
    const answer = engine.ask(question);
    expect(answer.intent).toBe(intent);
    expect(answer.lang).toBe(lang);
  });

  it('takes a bare greeting for no fact ("yo" once answered the train crossing at 0.94)', () => {
    for (const greeting of ['yo', 'yo bot', 'yo!']) expect(engine.ask(greeting).kind, greeting).not.toBe('entry');
    expect(engine.ask('yo bot, hello').intent).toBe('greeting');
  });

  it('answers the question after an opening greeting, not the greeting ("hey so what time …" was ranked a greeting)', () => {
    expect(engine.ask('hey so who took the satellite pictures of the train').intent).toBe('image-analysis');
    expect(engine.ask('hei kan du fortelle meg hvem som tok satellittbildene').intent).toBe('image-analysis');
    expect(engine.ask('hallo, er du der?').kind).not.toBe('entry');
  });

  it('takes "takk på forhånd" after a question for no thanks: it was answered "you\'re welcome"', () => {
    for (const question of [
      'Undertegnede spør om det foreligger bevis for påstanden. Tusen takk på forhånd.',
      'I wonder whether there is any evidence for the accusations. Thanks in advance.',
    ])
      expect(engine.ask(question).intent, question).not.toBe('thanks');
  });

  it('takes thanks with "that\'s all for now" after them for thanks ("det var alt" had answered with North Korea\'s denial)', () => {
    for (const message of ['takk for svaret! det var alt for nå 👍', "thanks! that's all for now", 'Tusen takk. Det er alt.'])
      expect(engine.ask(message).intent, message).toBe('thanks');
    expect(engine.ask('hvem tok bildene? det var alt.').intent).toBe('image-analysis');
  });

  it('answers past other members named by an @ as typed (their names weighed as names the article lacks)', () => {
    expect(engine.ask('@per nei, toget hadde hester. @factbot stemmer det?').intent).toBe('horse-train');
  });

  it('checks the statement after "fact check:", not the story\'s own verdict (it was answered with the arms claim at 0.96)', () => {
    for (const message of ['fact check: the ferry sank in 2019', 'faktasjekk pls: toget hadde 40 vogner'])
      expect(engine.ask(message).intent, message).not.toBe('claim-arms-supply');
    expect(engine.ask('fact check: is north korea arming russia?').intent).toBe('claim-arms-supply');
  });

  it('answers a worksheet question with its task number before it (the number weighed as a figure the article lacks)', () => {
    expect(engine.ask('oppgave 4 b) hvem er 38 North og hva gjorde de?').intent).toBe('image-analysis');
  });

  it('understands Norwegian typed without æ/ø/å', () => {
    const answer = engine.ask('nar stengte nord-korea broen');
    expect(answer.intent).toBe('friendship-bridge');
    expect(answer.lang).toBe('nb');
  });

  it('never states the arms claim as fact: it names who makes it, the missing evidence and the denial', () => {
    for (const [question, who, denial] of [
      ['Sender Nord-Korea våpen til Russland?', /Det hvite hus|USA/, /nekt|aldri/i],
      ['Is North Korea supplying Russia with weapons?', /White House|US/, /den(y|ied)|never/i],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.intent).toBe('claim-arms-supply');
      expect(answer.status).toBe('unproven');
      expect(answer.answer).toMatch(who);
      expect(answer.answer).toMatch(denial);
      expect(answer.answer).toMatch(answer.lang === 'nb' ? /^Ubekreftet:/ : /^Unproven:/);
      expect(answer.sources.length).toBeGreaterThan(0);
    }
  });

  it("shows the status as a word in the asker's language and names the sources", () => {
    const nb = engine.ask('Hvem analyserte bildene?');
    expect(nb.answer).toMatch(/^Dokumentert:/);
    expect(nb.answer).toMatch(/Kilder?: /);
    expect(nb.sources).toContain('38 North');
    const en = engine.ask('Who analysed the pictures?');
    expect(en.answer).toMatch(/^Documented:/);
    expect(en.answer).not.toContain('documented');
  });

  it.each([
    ['What did China say about the train?'],
    ['Hvem vant fotball-VM?'],
    ['Write a poem about horses'],
    ['How old is Vladimir Putin?'],
    ['Kva er hovudstaden i Sør-Korea?'],
    ['asdkjh qwpoeiru zmxncb'],
  ])('declines %j honestly instead of guessing', (question) => {
    const answer = engine.ask(question);
    expect(answer.intent).toBeNull();
    expect(answer.kind).toBe('declined');
    expect(answer.confidence).toBeLessThan(0.5);
    // Either "the article doesn't say", or "not sure what you mean" with the entries that come close.
    if (answer.suggestions.length === 0) expect(answer.answer).toMatch(answer.lang === 'nb' ? /artikkelen/ : /article/);
    else expect(answer.answer).toContain(answer.suggestions[0]!.title);
  });

  it('answers an empty or emoji-only question with "ask me something"', () => {
    for (const q of ['', '   ', '🤔🤔🤔', '!!!?']) {
      const answer = engine.ask(q);
      expect(answer.intent).toBeNull();
      expect(answer.kind).toBe('empty');
    }
  });

  it('keeps confidence within 0..1 and higher for answers than for declines', () => {
    const answered = engine.ask('Hva viser bildet tatt klokken 10.24?');
    const declined = engine.ask('What is the capital of Peru?');
    for (const a of [answered, declined]) {
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
    expect(answered.confidence).toBeGreaterThan(0.5);
    expect(declined.confidence).toBeLessThan(0.5);
  });

  it('handles a 10,000-character question without trouble', () => {
    const answer = engine.ask(`hvem tok bildene ${'bla '.repeat(2500)}`);
    expect(answer.question.length).toBeGreaterThan(10_000);
    expect(['nb', 'en']).toContain(answer.lang);
  });

  it('answers a message mixing the languages in the language of its question', () => {
    expect(engine.ask('who took the pictures then? lurer bare på det jeg').lang).toBe('en');
    expect(engine.ask('hvorfor sendte de hester? no idea why that matters tbh').lang).toBe('nb');
    expect(engine.ask('når ble bildene tatt? I need the exact time for my notes tomorrow').lang).toBe('nb');
  });

  it('answers one sentence switching languages in the language it opens with', () => {
    expect(engine.ask('hvem har laget grafikken, like who made the graphics').lang).toBe('nb');
    expect(engine.ask('how long er vennskapsbroen, i meter?').lang).toBe('en');
  });

  it('reads a unit after a question as how it wants its figure, not as a question of its own', () => {
    expect(engine.ask('kor fort køyrde toget? km/t').intent).toBeNull();
  });

  it('answers a conversation text after a greeting as that conversation', () => {
    expect(engine.ask('hallo, kven er du?').intent).toBe('help');
    expect(engine.ask('heisann! hvem er du?').intent).toBe('help');
  });
});
