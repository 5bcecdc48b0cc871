import { describe, expect, it } from 'vitest';
import { readLexicon } from '../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../src/config/project-paths.js';
import { Engine } from '../../src/engine/engine.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';
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
    ['hva het hesten til kim jong un', 'kim-horses'],
  ])('says so for %j and offers the entry on the topic', (question, topic) => {
    const answer = engine.ask(question);
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toContain(topic);
  });

  it('answers a name the article does give', () => {
    expect(engine.ask('what is the bridge at the border called').intent).toBe('friendship-bridge');
    expect(engine.ask('hva heter stasjonen i Russland der toget sto?').intent).toBe('image-1429');
    // Asked in the past tense, with the station mistyped: the corrected word is the one asked about.
    expect(engine.ask('hva het stasjoen i rusland').intent).toBe('image-1429');
    // A compound of the thing named: "grensestasjonen" asks the name of the "Khasan stasjon".
    expect(engine.ask('hva heter grensestasjonen').intent).toBe('image-1429');
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

describe('Engine: the kind of fact asked for, which the entry on the topic does not give', () => {
  const engine = seedEngine();

  it.each([
    ['which countries in North Africa exactly are the shells said to go to?', 'covert-shipments'],
    ['hvor lenge satt Kim Il-sung som leder', 'history-1948'],
    ['how far can those intercontinental missiles fly', 'missile-tests'],
    ['hvor fort kjørte toget over broen', 'friendship-bridge'],
    ['who exactly in North Korea issued the denial in September', 'dprk-denial'],
    ['kan du lime inn brevet fra Putin ord for ord', 'putin-kim-letters'],
    ['when was kim il-sung born', 'history-1948'],
    ['hvilken dato rapporterte veterinærene om hestetoget', 'horse-train'],
    ['hvem i Nord-Korea sto bak benektelsen', 'dprk-denial'],
    // What came after the article: "not yet established" is where things stood then, not how they ended.
    ['did the shells get to Russia in the end?', 'us-monitoring'],
    ['kom granatene fram til slutt?', 'us-monitoring'],
  ])('declines %j, offering the entry on its topic', (question, topic) => {
    const answer = engine.ask(question);
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toContain(topic);
  });

  it.each([
    ['which countries is North Korea pretending to send the shells to?', 'covert-shipments'],
    ['kor lenge var Sovjet-hjelpa viktig for Nord-Korea', 'soviet-aid'],
    ['how far from the border is Khasan station', 'image-1429'],
    ['how long is the friendship bridge', 'friendship-bridge'],
    // The picture 200 m from the bridge matches the units as well; only the bridge's entry gives a length.
    ['the bridge, how many metres is it?', 'friendship-bridge'],
    ['when was north korea founded', 'history-1948'],
    ['hvilken dag meldte veterinærene om hestetoget', 'horse-train'],
    ['who in the Biden administration says the shells are shipped covertly', 'covert-shipments'],
  ])('answers %j, whose entry gives that kind of fact', (question, intent) => {
    expect(engine.ask(question).intent).toBe(intent);
  });

  it('reads a misspelt counted thing as the matcher corrects it: the crossing names the satellite images but does not count them', () => {
    // Spelt right, the entry counting them answers; misspelt, it scores too far below to answer, and is offered first: the
    // article does give it.
    expect(engine.ask('how many satellite images show the train?').intent).toBe('image-analysis');
    const answer = engine.ask('how many sattelite images show the train?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('unsure');
    expect(answer.suggestions[0]?.id).toBe('image-analysis');
  });

  it("does not answer the time of one event with a near-tied neighbour's time of another", () => {
    // The 13:10 picture, 200 m past the bridge, gives a time; not the time the train was on the bridge.
    expect(engine.ask('what time did the train cross the friendship bridge?').intent).toBeNull();
  });
});

describe('Engine: the detail a message asks in its question sentences', () => {
  const engine = seedEngine();

  it('reads the count asked after a quoted line, though the quote alone matches the entry', () => {
    const answer = engine.ask('> the horse train from Russia\nhow many horses were on it');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toContain('horse-train');
  });

  it('reads a distance asked of a quoted line by a question about nothing else', () => {
    const answer = engine.ask('> its first intercontinental launch since 2017\nhow far did that one go?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });

  it('asks what the question sentence asks, not what a statement beside it mentions', () => {
    expect(engine.ask('my friend says the train stood at a station in Russia in the end. what is that station called?').intent).toBe('image-1429');
  });
});

describe('Engine: a request for help around a question the article does not answer', () => {
  const engine = seedEngine();

  it('declines the question rather than answering with help', () => {
    const answer = engine.ask('Hei! Jeg skriver en oppgave og må vite hvor mange stridsvogner Tyskland har sendt til Ukraina. Kan du hjelpe meg?');
    expect(answer.intent).toBeNull();
    expect(answer.kind).toBe('declined');
  });

  it('still answers a plain request for help with help', () => {
    expect(engine.ask('Hei! Kan du hjelpe meg?').intent).not.toBeNull();
  });
});

describe('Engine: a question an admin taught an entry', () => {
  it('is answered by it though it asks a kind of fact the text does not give', () => {
    const kb = loadSeedFiles(DATA_DIR);
    const bridge = kb.entries.find((e) => e.id === 'friendship-bridge')!;
    bridge.questions.en.push('How heavy is the bridge?');
    const engine = new Engine({ kb, lexicon: readLexicon(), translate: createTranslator() });
    expect(engine.ask('how heavy is the bridge').intent).toBe('friendship-bridge');
    expect(engine.ask('how heavy is the friendship bridge, roughly?').intent).toBeNull();
  });

  it('is answered once taught by the engine updated after the edit, though the one before had declined it', () => {
    const kb = loadSeedFiles(DATA_DIR);
    const parts = { kb, lexicon: readLexicon(), translate: createTranslator() };
    const before = new Engine(parts);
    // Declined for the detail: the entry's wordings are looked at (and remembered by that engine).
    expect(before.ask('how heavy is the bridge').intent).toBeNull();
    kb.entries.find((e) => e.id === 'friendship-bridge')!.questions.en.push('How heavy is the bridge?');
    const { engine: after } = before.updated(parts, new Set(['friendship-bridge']));
    expect(after.ask('how heavy is the bridge').intent).toBe('friendship-bridge');
  });
});

describe('Engine: a bare who-is or what-is question about a name only one answer gives', () => {
  const engine = seedEngine();

  it('is answered with that entry, all the article says of it', () => {
    const answer = engine.ask('who is Truls Aagedal?');
    expect(answer.intent).toBe('article-about');
    expect(answer.answer).toMatch(/Truls Aagedal/);
  });

  it('is answered for a plural name asked in the singular ("planet lab" for Planet Labs)', () => {
    expect(engine.ask('hvem er planet lab').intent).toBe('image-analysis');
    expect(engine.ask('hva er planet lab for noe?').intent).toBe('image-analysis');
  });

  it('is declined for a name no answer gives, or one several give, or words that only stand apart in an answer', () => {
    expect(engine.ask('who is Kim Yo-jong?').intent).toBeNull();
    expect(engine.ask('what is KCNA').intent).not.toBe('missile-tests');
    expect(engine.ask('kem va kim jong-il?').intent).toBeNull();
  });
});
