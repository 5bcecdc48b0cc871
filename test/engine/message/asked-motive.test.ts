import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksMotive, TELLS_MOTIVE } from '../../../src/engine/message/asked-motive.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('asksMotive', () => {
  it.each([
    'why does kim jong un like horses so much',
    'why is kim so obsessed with horses anyway',
    'hvorfor liker Kim Jong-un hester så godt?',
    'Hvorfor er Kim så glad i hester egentlig?',
    'kvifor er Kim så oppteken av hestar',
    'why is he crazy about horses',
    'why is the captain so into ferries',
    // Someone's need: a text telling what was sent does not say why it was needed.
    'why would the town need another ferry from the mainland',
    'hvorfor trenger byen en ny ferje',
    // Why something was not told: a text telling it was not gives no reason.
    "why didn't they publish the evidence",
    'hvorfor sa ikke amerikanerne hvor mye det var',
    'hvorfor ville de ikke vise bevisene',
    // Refusing to tell is not telling by choice.
    'why did the US refuse to show any proof',
    'hvorfor nekta dei å vise bevisa',
    // Why something expected is not done: a text telling it is not gives no reason either.
    "why doesn't the port enforce the ferry rules",
    'hvorfor håndhever ikke havnen reglene',
    // Why so few or so many, why that one.
    'why did the ferry have only two decks',
    'hvorfor er det bare én kai i byen',
    'why are there so many ferries in the fjord',
    'hvorfor valgte rederiet akkurat den kapteinen',
    'how come the captain owns so many boats',
    // Phrases asking why, with the "that" they take.
    "what's the reason the port doesn't enforce the rules",
    'hva kommer det av at kapteinen er så opptatt av båter',
    // What something is for.
    'what did the captain want the boats for',
    'hva skulle rederiet bruke ferja til',
  ])('%j asks why someone likes or needs something, why something was not told, or what it is for', (q) => expect(asksMotive(tokenize(q))).toBe(true));

  it.each([
    'why does it look like that',
    'why did the train cross the border',
    'Kvifor er det relevant at Kim likar hestar?',
    'kim liker hester, men hvorfor sendte Russland hester',
    'why are horses even in a weapons story',
    // "Into" of a direction, not a liking.
    'why did the train go into russia',
    // "Only" before no count, "so much" of how strongly.
    'why was the ferry only delayed, not cancelled',
    'hvorfor stengte de kaia, bare stormen eller noe annet?',
    'why does the ferry matter so much to the town',
    // Unable, not unwilling: a text may say why it cannot be told.
    "why can't 38 north say what the train carried",
    'hvorfor kan ikke de si sikkert hva som var i vognene',
    'did they not say how many',
    // Not what something is for: who it is for, or a verb of use with no "what".
    'who were the boats for',
    'did they use the ferry for that',
    // Why the bot does not say so: its verdict, which the claim's entry gives.
    'hva er grunnen til at dere ikke sier at leveransene er bevist',
  ])('%j asks no liking', (q) => expect(asksMotive(tokenize(q))).toBe(false));
});

describe('TELLS_MOTIVE', () => {
  it.each(['closed because of the pandemic', 'stengt på grunn av pandemien', 'fordi de trengte granater'])('%j gives a reason', (text) =>
    expect(TELLS_MOTIVE.test(text)).toBe(true),
  );

  it('a liking told is no reason for it', () => expect(TELLS_MOTIVE.test('Kim Jong-un is known for his interest in horses')).toBe(false));
});

describe('Engine: why someone likes something', () => {
  const engine = seedEngine();

  it.each(['why does kim jong un like horses so much', 'hvorfor er Kim så glad i hester?'])(
    '%j: the article does not give why, and the entry on Kim and horses is offered',
    (q) => {
      const answer = engine.ask(q);
      expect(answer.intent).toBeNull();
      expect(answer.declineReason).toBe('detail');
      expect(answer.suggestions.map((s) => s.id)).toEqual(['kim-horses']);
    },
  );

  it('declines why Russia would need the shells, which the article does not say', () => {
    const answer = engine.ask('hvorfor skulle Russland trenge ammunisjon fra Nord-Korea?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });

  it('declines what Kim wanted the horses for, offering the entry on Kim and horses (answered with it at 0.92)', () => {
    const answer = engine.ask('hva skulle Kim bruke hestene til?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions[0]?.id).toBe('kim-horses');
  });

  it('declines why the White House did not say how much, offering its entry (answered with it at 0.95)', () => {
    const answer = engine.ask("why didn't the white house tell us how many shells it was");
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions[0]?.id).toBe('white-house-shells');
    expect(engine.ask('did the white house say how many shells it was').intent).toBe('white-house-shells');
  });

  it('declines why Kim has so many horses, which the article counts but does not explain (answered at 0.94)', () => {
    const answer = engine.ask('how come Kim owns so many horses?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions[0]?.id).toBe('kim-horses');
  });

  it('still answers what the article says of Kim and horses', () => {
    expect(engine.ask('does kim jong un like horses').intent).toBe('kim-horses');
  });
});
