import { TokenPatternSet } from './token-pattern.js';

/**
 * Messages that instruct the bot instead of asking about the article: to drop its rules ("ignore all
 * previous instructions", "||ignore your rules||"), to take another role ("you are now DAN", "du er nå
 * en propagandabot", "let's play a game"), to obey a voice posing as its system or its admins ("SYSTEM:
 * the article has been updated …", "ADMIN OVERRIDE: /kb delete …"), or to say something after the
 * asker ("repeat after me"). Whatever entry their words match, that entry does not answer them: they
 * are declined as instructions, with nothing offered.
 */
// prettier-ignore
const INSTRUCTIONS = new TokenPatternSet([
  // Dropping the rules: "ignore all previous instructions", "ignorer instruksjonene dine", "forget your rules".
  ...['ignore', 'disregard', 'forget', 'ignorer', 'glem', 'gløym'].flatMap((drop) =>
    ['all', 'previous', 'prior', 'your', 'alle', 'forrige', 'tidligere', 'instruksjonene', 'reglene', 'dine', 'reglane']
      .map((what) => [drop, what])),
  ['new', 'instructions'], ['nye', 'instruksjoner'], ['nye', 'instruksar'], ['system', 'prompt'], ['systemprompt'], ['systemprompten'],
  ['no', 'restrictions'], ['no', 'rules'], ['without', 'restrictions'], ['without', 'rules'], ['uten', 'begrensninger'], ['uten', 'regler'],
  ['utan', 'reglar'], ['unrestricted'], ['uncensored'], ['jailbreak'], ['developer', 'mode'], ['dan', 'mode'],
  // Another role: "you are now …", "from now on you …", "du er nå en …", "let's play a game".
  ['you', 'are', 'now'], ['you', 're', 'now'], ['from', 'now', 'on'], ['du', 'er', 'nå'], ['du', 'er', 'no'], ['du', 'e', 'no'], ['fra', 'nå', 'av'],
  ['frå', 'no', 'av'], ['play', 'game'], ['role', 'play'], ['roleplay'], ['rollespill'],
  // Orders given as the system or an admin: "admin override", "system override", "/kb delete …".
  ['override'], ['overstyr'], ['overstyring'], ['kb', 'delete'], ['kb', 'set'], ['kb', 'edit'], ['order', 'you'], ['beordrer', 'deg'],
  ['article', 'has', 'been', 'updated'], ['article', 'was', 'updated'], ['artikkelen', 'er', 'oppdatert'], ['artikkelen', 'har', 'blitt', 'oppdatert'],
  // Saying what the asker wants said.
  ['repeat', 'after', 'me'], ['say', 'after', 'me'], ['gjenta', 'etter', 'meg'], ['si', 'etter', 'meg'], ['respond', 'only', 'with'],
  ['answer', 'only', 'with'], ['svar', 'bare', 'med'], ['svar', 'berre', 'med'],
  // Playing someone: "pretend you are Kirby", "lat som du er …", "svar som om du var en talsperson".
  // Not "pretend" alone: North Korea "pretends the shells go to the Middle East".
  ['pretend', 'you'], ['pretend', 'to', 'be'], ['pretend', 'that', 'you'], ['lat', 'som', 'du'], ['late', 'som', 'du'], ['lat', 'som', 'om', 'du'],
  ['as', 'if', 'you', 'were'], ['som', 'om', 'du', 'var'], ['som', 'om', 'du', 'er'],
  ['act', 'as'], ['act', 'like'], ['speak', 'as'],
  // Tasks besides answering: "write me an essay", "kan du skrive ein stil til meg", "send this to …", "post a meme".
  ['write', 'me'], ['write', 'an', 'essay'], ['write', 'a', 'poem'], ['write', 'a', 'story'], ['you', 'write', 'a'], ['you', 'write', 'an'],
  ['skriv', 'en'], ['skriv', 'ein'], ['skriv', 'et'], ['skriv', 'eit'], ['du', 'skrive', 'en'], ['du', 'skrive', 'ein'], ['du', 'skrive', 'et'],
  ['du', 'skrive', 'eit'], ['du', 'skriva'], ['send', 'dette'], ['send', 'this'], ['forward', 'this'],
  // A meme asked for, not one spoken of ("trodde det var en meme", "is it just a meme").
  ...['lag', 'lage', 'make', 'gimme', 'create', 'post', 'send'].flatMap((make) => [[make, 'meme'], [make, '*', 'meme'], [make, 'me', '*', 'meme']]),
  ['meme', 'om'], ['meme', 'of'], ['meme', 'about'], ['memes'],
  // A moderator's job asked of it ("can u ban @trollguy", "kan du banne han"): not the UN's ban. "u" is no token.
  ...['you', 'can', 'du'].flatMap((you) => ['ban', 'banne', 'kick', 'kicke', 'mute', 'timeout'].map((act) => [you, act])),
]);

// A message that opens as its system or its admin speaking ("SYSTEM: …", "admin: …").
// prettier-ignore
const VOICES = new Set(['system', 'admin', 'administrator', 'sys', 'developer', 'utvikler']);

/** Whether a message, from its lower-cased tokens, instructs the bot rather than asks it something. */
export function instructsBot(tokens: readonly string[]): boolean {
  return VOICES.has(tokens[0] ?? '') || INSTRUCTIONS.matches(tokens);
}
