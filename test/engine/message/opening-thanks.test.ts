import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { onlyThanks } from '../../../src/engine/message/opening-thanks.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('onlyThanks', () => {
  it.each([
    'okay thanks, makes sense now',
    'tusen takk, det skal eg fortelje bestefar',
    'thx fam, legend',
    // Thanks in another language first, as a translation app leaves it.
    'mahadsanid, thank you so much for answering',
    'teşekkürler, takk for svaret',
    // A word of approval before the thanks.
    'nice, thanks a bunch, that settles it',
    'flott, takk for hjelpa',
    'thanks, found what I was looking for',
    "thank you! I'll tell my class tomorrow",
    // What the asker did not know: no question, though "did" opens it.
    "thanks, didn't know that",
    // A clause of a sentence after the thanks asks nothing: "… what's proven and what isn't".
    'Thanks a lot! Good to know what the ferry company said and what it did not say. Have a nice evening!',
    // Thanks after a first clause, in a message of several sentences; a sentence ending in a full stop tells.
    'That was exactly what I needed, thank you so much. I was about to post something wrong in the group chat. Really appreciate it.',
  ])('%j is thanks', (q) => expect(onlyThanks(tokenize(q), q)).toBe(true));

  it.each([
    'thanks! who took the pictures',
    "thanks, didn't they deny it",
    // Thanks closing a request, thanks to something, and the request form of "obliged".
    'Beskriv bildet fra kl 13.10 for meg, takk',
    'The train was seen thanks to the satellites. Quite something.',
    'I should be obliged if you would tell me the length of the bridge. Kind regards',
    'takk. var det hester på toget',
    'takk hvem tok bildene',
    'thanks, and the bridge length?',
    'that makes sense, thanks',
    'thx but what about the ferry you mentioned',
  ])('%j is not thanks alone', (q) => expect(onlyThanks(tokenize(q), q)).toBe(false));
});

describe('Engine: thanks with a word on how the answer landed', () => {
  const engine = seedEngine();

  it.each([
    'ty bot that cleared things up nicely',
    'okay thanks, makes sense now',
    'tusen takk, det skal eg fortelje bestefar',
    'cool thanks, that settles the argument',
    // The formal thanks of an older asker.
    'Much obliged, my good fellow.',
    // A prediction said in passing asks none.
    'Takk! Dette blir en bra presentasjon, klassen kommer til å like den.',
  ])('%j is thanked back, not declined for its unknown words', (q) => expect(engine.ask(q).intent).toBe('thanks'));

  it('thanks back a long message of thanks whose remarks use the words of an entry (answered with the claim at 0.68)', () => {
    const q = 'Thank you, that was really helpful! My cousin and I argued about this all week. I like that you say what is proven and what is not. Take care!';
    expect(engine.ask(q).intent).toBe('thanks');
  });

  it('still answers a question after the thanks', () => {
    expect(engine.ask('takk! hvem tok bildene?').intent).toBe('image-analysis');
  });
});

describe('Engine: thanks with a word said of the bot', () => {
  it('thanks back "takk bot, du er …", which says something of the bot and asks nothing (declined for "pålitelig")', () => {
    expect(seedEngine().ask('takk bot, du er mer pålitelig enn meg kl 3 om natta 😂').intent).toBe('thanks');
  });

  it('still answers a question put to the bot after the thanks', () => {
    expect(seedEngine().ask('takk! er du sikker på hvem som tok bildene').intent).not.toBe('thanks');
  });
});
