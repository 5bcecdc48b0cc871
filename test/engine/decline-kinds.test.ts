import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/engine/analysis/tokenize.js';
import { askedDetail } from '../../src/engine/message/asked-detail.js';
import { instructsBot } from '../../src/engine/message/bot-instruction.js';
import { questionFrame } from '../../src/engine/message/question-frame.js';
import { reportsSpeaker } from '../../src/engine/message/speaker.js';
import { seedEngine } from '../support/seed-engine.js';

// Questions of each kind the article cannot answer, written for these tests (none from an evaluation set).
describe('Engine: what would have happened', () => {
  const engine = seedEngine();

  it.each([
    ['what would have happened if the bridge had stayed closed', 'en'],
    ['hva ville skjedd om Russland hadde stoppet toget ved grensen', 'nb'],
    ['viss Kim ikkje hadde kjøpt hestar, ville toget ha vore tomt?', 'nb'],
  ])('%j is declined as a hypothetical, saying why', (question, lang) => {
    const answer = engine.ask(question);
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('hypothetical');
    expect(answer.lang).toBe(lang);
    expect(answer.answer).toMatch(lang === 'en' ? /would have happened/ : /ville ha skjedd/);
  });

  it('offers the entry on the topic', () => {
    const answer = engine.ask('would North Korea have had nuclear weapons if Russia had enforced the sanctions?');
    expect(answer.declineReason).toBe('hypothetical');
    expect(answer.suggestions.map((s) => s.id)).toContain('sanctions-enforcement');
  });

  it('still answers "why would" about what the article reports', () => {
    expect(engine.ask('why would north korea make the shells look like they go to north africa?').intent).toBe('covert-shipments');
  });
});

describe('questionFrame: more ways to ask what will be, or for a verdict', () => {
  it.each(['will 38 North sell more pictures', 'Will Blinken visit Pyongyang', 'bli det nye sanksjoner mot russland?'])('%j asks about the future', (q) =>
    expect(questionFrame(tokenize(q))).toBe('future'),
  );

  it.each(['the train pictures are fake news', 'fake news about horses', 'er 38 North en god kilde?'])('%j asks for a verdict', (q) =>
    expect(questionFrame(tokenize(q))).toBe('opinion'),
  );

  it.each(['kæm har laga dæ?', 'kem har programmert deg'])('%j asks about the bot, in dialect', (q) => expect(questionFrame(tokenize(q))).toBe('personal'));
});

describe('instructsBot: playing someone, doing a task', () => {
  it.each([
    'pretend you are Putin and explain the letters',
    'lat som du er Kim og fortel om hestane',
    'svar som om du var talsperson for Kreml',
    'write me a song about the train',
    'kan du skrive ein stil om brua til meg',
    'send this to my teacher',
    'post a meme about the horses',
  ])('%j instructs the bot', (message) => expect(instructsBot(tokenize(message))).toBe(true));

  it.each(['who wrote about the horses', 'what did the think tank write'])('%j does not', (message) => expect(instructsBot(tokenize(message))).toBe(false));
});

describe('askedDetail: details the entries do not give', () => {
  it.each([
    ['how wide is the track at the border', 'width'],
    ['kor brei er brua', 'width'],
    ['did the White House later publish the evidence', 'later'],
    ['what happened after this at the station', 'later'],
    ['did Putin write back to Kim', 'later'],
    ['is the locomotive still at the station', 'present'],
    ['sel Russland fortsatt hestar i dag', 'present'],
    ['I want the direct quote from Kirby', 'quote'],
    ['kæm skreiv saka', 'name'],
  ])('%j asks for %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));

  it('the engine says the article lacks the width, and offers the bridge', () => {
    const answer = seedEngine().ask('what is the width of the Friendship Bridge?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toContain('friendship-bridge');
  });
});

describe('reportsSpeaker: a speaker only mentioned is not one', () => {
  const none = (): string[] => [];

  it('needs the speaker before a verb of saying, or after "according to"', () => {
    expect(reportsSpeaker('Finland said it had never sold boats to Chile.', ['chile'], none)).toBe(false);
    expect(reportsSpeaker('Finland said it had never sold boats to Chile.', ['finland'], none)).toBe(true);
    expect(reportsSpeaker('According to Chile, the boats arrived.', ['chile'], none)).toBe(true);
    expect(reportsSpeaker('The boats went to Chile. Finland said so.', ['chile'], none)).toBe(false);
  });

  it('the engine declines what Russia said when the entry only has North Korea speaking about Russia', () => {
    const engine = seedEngine();
    expect(engine.ask('did Russia deny buying the shells?').intent).toBeNull();
    for (const q of ['what did Moscow answer to the accusations?', 'har Russland kommentert anklagene?']) {
      const answer = engine.ask(q);
      expect(answer.intent, q).toBeNull();
      expect(answer.declineReason, q).toBe('detail');
    }
    expect(engine.ask('what did North Korea say about selling weapons to Russia?').intent).toBe('dprk-denial');
  });
});

describe('what containers held', () => {
  it.each([
    ['what was inside those parked containers?', 'contents'],
    ['hva var i de små kontainerne ved stasjonen', 'contents'],
    ['ka va i dei containarane', 'contents'],
    ['what were the containers at the station', undefined],
    ['what was on board the train', 'contents'],
    ['hva var om bord på toget', 'contents'],
    ['what was the train', undefined],
    ['what did those boxes by the station hold', 'contents'],
    ['hva inneholdt kontainerne', 'contents'],
    ['what does the train have to do with the shells', undefined],
    ['what did the train do', undefined],
    // The verb after the train says it, whatever "when" clause follows.
    ['what were the wagons hauling when they crossed', 'contents'],
  ])('%j asks for %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));

  it('does not answer what was on the train with the crossing, which does not say', () => {
    const answer = seedEngine().ask('so what was on the train from north korea');
    expect(answer.intent ?? answer.suggestions[0]?.id).toBe('cargo-unknown');
  });

  it('the engine says the article does not give it, and offers an entry on the containers', () => {
    const answer = seedEngine().ask('what was in the smaller containers parked at Khasan?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id).some((id) => id === 'transloading-unconfirmed' || id === 'image-1429')).toBe(true);
  });

  it('still answers what the train carried: the article says it is not known', () => {
    expect(seedEngine().ask('what was the train carrying?').intent).toBe('cargo-unknown');
    expect(seedEngine().ask('what was the train carrying when it crossed').intent).toBe('cargo-unknown');
  });
});

describe('what a thing is like, and how someone keeps watch', () => {
  const engine = seedEngine();

  it.each([
    ['which colour did the containers have', 'attribute'],
    ['kva kaliber har granatane', 'attribute'],
    ['what is the bridge made of', 'attribute'],
    ['what breed were the horses', 'breed'],
    ['hvilken rase var hestene', 'breed'],
    ['my grandpa breeds horses, is kim a horse guy', undefined],
    ["what colour is kim's horse", 'attribute'],
    ['how are they tracking the trains', 'method'],
    ['korleis overvakar USA togtrafikken', 'method'],
    ['how do they know it was the same train', undefined],
  ])('%j asks for %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));

  it('says the article does not give how the US keeps watch, and offers the entry', () => {
    const answer = engine.ask('how exactly is the US tracking where the shells go?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions.map((s) => s.id)).toContain('us-monitoring');
  });

  it("says the article does not give the breed of the train's horses, and gives the one Kim buys", () => {
    // The train's horses were answered at 0.69 with the train's entry, which names no breed.
    const train = engine.ask('hva slags hester var det i toget, hvilken rase?');
    expect(train.intent).toBeNull();
    expect(train.suggestions.map((s) => s.id)).toContain('horse-train');
    expect(engine.ask('hvilken hesterase kjøper Kim?').intent).toBe('kim-horses');
  });

  it('still answers how 38 North watches North Korea: the images say it', () => {
    expect(engine.ask('how does the think tank 38 North monitor North Korea?').intent).toBe('image-analysis');
  });
});
