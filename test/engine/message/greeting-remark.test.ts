import { describe, expect, it } from 'vitest';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';
import { greetsWithARemark, greetsWithChatter } from '../../../src/engine/message/greeting-remark.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { seedEngine } from '../../support/seed-engine.js';

const greets = (text: string): boolean => {
  const cleaned = cleanMessage(text);
  return greetsWithARemark(messageTokens(cleaned), cleaned);
};

describe('greetsWithARemark: a greeting, a word about the asker, nothing asked', () => {
  it.each([
    'Hei! Jeg leste akkurat artikkelen om toget',
    'hello, I am a teacher in Bergen and found this bot today',
    'Good evening. My class is reading the train story this week.',
    'heisann, eg er ny på denne serveren',
    // "I" dropped, as chat does.
    'Hei, jobber med en sak om NK og Russland.',
    'hi, working on a story about the train',
    // What they are about to do.
    'hei! skal lage en sak om denne artikkelen',
    'hi, going to write about this',
    // After a greeting of two words; English "at" is no Norwegian "that".
    'God kveld! Driver og tegner et kart over grensa',
    "hello, we're a class looking at this piece",
    // A second clause about the asker after "og", verb first: no question ("er 9 år" was read as one).
    'hei jeg heter Emma og er 9 år',
    // Introducing themself as on the phone: a name or a word for kin, and where they are from.
    'Good evening. This is Grandpa Harald from Stavanger.',
    'Hei. Dette er bestefar.',
    'Hei! Det er Kari her.',
    // Signing in as in chat.
    "Hi there bot, Mark here – Kari's husband",
    'Good afternoon, class 7A here :)',
    'hei, klasse 9b her!',
    // By what they are, typed small.
    'hei! pensjonert sjåfør her',
    'hello, retired teacher here :)',
    // A tag closing the remark asks nothing of the story.
    'hi! my english is not so good, i write norwegian ok?',
    // By the desk or the shift they speak for.
    'God kveld, det er sportsdesken her',
    'Hello, this is the news desk here.',
  ])('%j greets', (text) => expect(greets(text)).toBe(true));

  it.each([
    // Something is asked or requested after the greeting.
    'Hei! Jeg leste artikkelen om toget, hva var i vognene?',
    'hello, I am a teacher, tell me about the horse train',
    'hei, jeg lurer på hvem som tok bildene',
    'hei, jeg leste at toget fraktet hester',
    'hi, I heard that the train carried shells',
    'Good morning. I should like to know whether the train carried horses',
    'hei. jeg er student. stemmer det at broen er stengt',
    // No greeting, or no word about the asker: a statement to check.
    'Jeg leste artikkelen om toget',
    'hei, toget hadde hester',
    'good, my class read it',
    // The verb then its subject: a question.
    'hei, leser du saken',
    // A statement about the story's people, no introduction.
    'Hei. Det er Kirby som sa det.',
  ])('%j does not', (text) => expect(greets(text)).toBe(false));
});

describe('Engine: a greeting with a remark about the asker', () => {
  const engine = seedEngine();

  it('greets in the asker’s language instead of answering the words of the remark as a question', () => {
    for (const [question, lang] of [
      ['Hei! Jeg har akkurat lest saken om toget og hestene', 'nb'],
      ['hi! I am a student and my teacher gave us this article about the train', 'en'],
      // New to the channel, without "I": answered with the first crossing in years at 0.87.
      ['heisann 😊 første gang her', 'nb'],
      // Trying the bot for the first time (declined as a question the article does not answer).
      ['hey factbot, first time trying this out', 'en'],
      // Trying again (declined as a question the article does not answer).
      ['hallo igjen, prøver en gang til', 'nb'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBe('greeting');
      expect(answer.lang, question).toBe(lang);
    }
  });
});

describe('Engine: a greeting, then a claim given to check', () => {
  it('checks the claim instead of greeting back (greeted at 1.0: the set phrase "check this" was left out, "me" read as a remark)', () => {
    const answer = seedEngine().ask('hey fact check this for me north korea is arming russia true or false');
    expect(answer.intent).toBe('claim-arms-supply');
  });
});

describe('greetsWithChatter: a greeting, then sentences of chatter, nothing asked', () => {
  const chatter = (text: string): boolean => greetsWithChatter(messageTokens(text), text);

  it.each([
    "Hello from a sunny Bergen! Just back from the ferry, coffee's on. A friend said there's a bot here, so I thought I'd say hi before I work out what to ask.",
    'Hei hei! Sitter på toget hjem fra jobb. Tenkte jeg skulle si hei til boten først. Ha en fin kveld!',
    // A sentence that has dropped its "jeg" opens with the verb, and its full stop says it tells.
    'Hei hei! Jeg er ny her på serveren. Har lest litt om saken i det siste. Tenkte bare å si hallo før jeg spør om ting.',
  ])('%j greets', (text) => expect(chatter(text)).toBe(true));

  it.each([
    // A question, a request put as a statement, thanks, or too short to be more than a remark.
    'Hello! Long day at work. Who runs the ferry?',
    'Hei! Lang dag på jobb. Jeg ønsker å vite hvem som eier ferja.',
    'Hei igjen! Takk for svarene i går. De hjalp meg mye.',
    'Hello! Just saying hi.',
  ])('%j does not', (text) => expect(chatter(text)).toBe(false));
});

describe('Engine: a greeting with chatter', () => {
  it('greets back instead of answering what the chatter matches', () => {
    const q =
      "Good morning from a grey Oslo! Just got off the tram, tea is brewing. My colleague mentioned this bot, so I'm saying hello before I decide what to ask about the train.";
    expect(seedEngine().ask(q).intent).toBe('greeting');
  });
});

describe('Engine: a greeting signed by the gang who write', () => {
  it.each(['hei bot 👋 nattevakt-gjengen her', 'hey bot, the night crew here', 'hei, lunsjgjengen her!'])(
    '%j is greeted back, not declined for its unknown words',
    (q) => expect(seedEngine().ask(q).intent).toBe('greeting'),
  );
});

describe('Engine: a greeting unsure of the place', () => {
  it.each(['hi, hope this is the right place', 'hei, håper dette er riktig sted'])('%j is greeted back (declined for its unknown words)', (q) =>
    expect(seedEngine().ask(q).intent).toBe('greeting'),
  );
});
