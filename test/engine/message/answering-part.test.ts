import { describe, expect, it } from 'vitest';
import { seedEngine } from '../../support/seed-engine.js';

/** Which part of a message of several sentences answers it (see answering-part.ts). */
describe('the answering part of a message', () => {
  const engine = seedEngine();

  it('in a message of one sentence, answers the question opening it when the clauses after it only remark on it', () => {
    // The remark's words ("radio", "mentioned") left the whole message below the cut.
    expect(engine.ask('when did north korea close the bridge, saw it mentioned on the radio').intent).toBe('friendship-bridge');
  });

  it('in a message of one sentence, does not answer the opening question alone when a clause after it asks more or takes it back', () => {
    // "hvor skarpe er bildene" alone is close to who made the pictures; what is asked is whether one can see into the wagons.
    expect(engine.ask('hvor skarpe er bildene til Planet Labs, kan de se folk på dem?').intent).toBeNull();
    // The time first named is taken back.
    expect(engine.ask('what did the picture at 13:10 show – no wait, at 10:24?').intent).not.toBe('image-1310');
  });

  it('does not read a confirmation tag after a statement as asking for the verdict on the claim', () => {
    // "ikke sant?" by itself matched the claim's verdict; the statement is one the article does not make.
    for (const message of ['Putin besøkte Pyongyang rett etter dette, ikke sant?', 'Iran sendte droner samtidig, er det ikke sånn?'])
      expect(engine.ask(message).intent).toBeNull();
  });

  it('answers the question, not a statement of context that matches another entry by itself', () => {
    // "TV 2-saken" alone matches the entry about the article well.
    expect(engine.ask('Jeg skriver en oppgave om TV 2-saken til skolen. Hvem analyserte satellittbildene?').intent).toBe('image-analysis');
  });

  it('keeps the statement when the question could as well be about it', () => {
    // "made that accusation" alone leans to who made the pictures; the accusation is the statement's.
    expect(engine.ask('The US accused North Korea of shipping artillery ammunition. Which part of the US government made that accusation?').intent).toBe(
      'white-house-shells',
    );
  });

  it('does not answer with an entry one sentence finds by itself that the whole message does not bear out', () => {
    // "what was on the picture" alone matches the train crossing; the message is about the horses.
    const answer = engine.ask('my dad keeps talking about the horses. what was on the picture?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions.map((s) => s.id)).toContain('horse-train');
  });

  it('leaves a question unanswered rather than answer an aside after it on another topic', () => {
    // "my mate says thousands" alone matched the entry on Kim's horses ("thousands of dollars"), answered at 0.93.
    expect(engine.ask('how many soldiers has NK sent to russia? my mate says thousands').intent).toBeNull();
    expect(engine.ask("what did those satellite pics cost? planet labs doesn't do it for free i bet").intent).toBeNull();
  });

  it('answers with an aside after the question on the topic the question came closest to', () => {
    expect(engine.ask('did putin and kim agree to work together more closely? i read something about letters').intent).toBe('putin-kim-letters');
  });

  it('in a long message, leaves a question the article does not answer unanswered rather than answer a sentence of chatter', () => {
    // "Uansett." by itself matched the entry on the first train in years, answered at 0.91.
    const message =
      'Jeg orker nesten ikke nyheter lenger, alt er krig og elendighet. Uansett. Hvor mye betalte Russland for granatene? Det må jo være mye når de gjør det i det skjulte.';
    expect(engine.ask(message).intent).toBeNull();
  });

  it('answers a question about the story beside one about the bot, which alone is declined', () => {
    expect(engine.ask("are you chatgpt? also what's the friendship bridge").intent).toBe('friendship-bridge');
    expect(engine.ask('er du en robot? og hvem tok bildene?').intent).toBe('image-analysis');
    expect(engine.ask('are you chatgpt?').declineReason).toBe('personal');
    // Beside a question of another frame, the message stays declined.
    expect(engine.ask('how are you? what do you think of Kim?').declineReason).toBe('opinion');
  });

  it('answers the clause that asks, when the rest of its sentence only tells how the asker feels', () => {
    expect(engine.ask('hei! jeg er så lei av krigsnyheter, kan du hjelpe meg?').intent).toBe('help');
    expect(engine.ask('hold det kort: hvorfor har Russland vært så viktig for Nord-Korea, opp gjennom årene?').confidence).toBeGreaterThan(0.9);
  });

  it('does not answer a clause whose sentence asks a detail beside it, nor a clause naming who the asker means', () => {
    const detail = engine.ask('hvem analyserte bildene, og hvor mange piksler var de?');
    expect(detail.intent).toBeNull();
    expect(detail.suggestions.map((s) => s.id)).toContain('image-analysis');
    expect(engine.ask('hva sa Kirby, han fra Det hvite hus?').intent).not.toBe('white-house-shells');
  });

  it('reads the fragments after a question for something as guesses at its answer, not as questions of their own', () => {
    // "rockets?" by itself asks about North Korea's missiles.
    expect(engine.ask('which weapons were on the wagons? rockets? drones?').intent).toBe('cargo-unknown');
    expect(engine.ask('what kind of weapons did the US say? missiles?').intent).not.toBe('missile-tests');
  });
});

describe('Engine: two questions in one, the second pulling the words elsewhere', () => {
  const engine = seedEngine();

  it.each([
    ['what time was the train seen in north korea and what was inside the cars', 'image-1024'],
    ['who analysed the images and what did the white house claim', 'image-analysis'],
  ])('%j answers the first question (%s), which alone matches more surely', (question, entry) => expect(engine.ask(question).intent).toBe(entry));

  it('reads a second sentence as saying the first again, not as a question pulling it elsewhere', () => {
    // The first sentence alone answers with Kirby's claim that the shipments are hidden (0.90).
    const answer = engine.ask('did kirby say where the shells actually ended up? did they arrive in russia?');
    expect(answer.intent).not.toBe('covert-shipments');
    expect(answer.suggestions.map((s) => s.id)).toContain('us-monitoring');
  });
});

describe('Engine: a what-if beside a question of fact', () => {
  it('answers the question of fact, not declining the message as a hypothetical', () => {
    expect(seedEngine().ask('what if the shipments never get there? are the Americans even watching for that?').intent).toBe('us-monitoring');
  });

  it('still declines a what-if alone', () => {
    expect(seedEngine().ask('what if the shipments never get there?').intent).toBeNull();
  });
});

describe('Engine: a count asked of nothing named', () => {
  const engine = seedEngine();

  it('declines a lone count word, offering nothing (answered with the pictures before)', () => {
    for (const q of ['antall?', 'amount?']) {
      const answer = engine.ask(q);
      expect(answer.intent, q).toBeNull();
      expect(answer.suggestions, q).toEqual([]);
    }
  });

  it('does not let it answer beside the question it repeats (answered with the pictures before)', () => {
    const answer = engine.ask('Hvor mange hester var det på toget? antall vær så snill');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });
});
