import { instructsBot } from './bot-instruction.js';
import { settlesDispute, withoutWhoIsRight } from './people-dispute.js';
import { TokenPatternSet } from './token-pattern.js';
import { withVerdictChoiceAsTag } from './verdict-choice.js';

/**
 * Questions a news article cannot answer whatever their topic: what will happen, what would have
 * happened if things had gone otherwise, what the bot
 * thinks, and how the bot itself is ("how are you", "who made you", "are you a real person"); and
 * messages that are no question at all but instructions to the bot (see bot-instruction.ts).
 * Their tell-tale words are mostly stop words ("will", "du", "synes"), so they are recognised
 * here, on the plain tokens, before analysis drops them.
 */
export type QuestionFrame = 'future' | 'hypothetical' | 'opinion' | 'personal' | 'instruction';

// prettier-ignore
const FUTURE = new TokenPatternSet([
  ['will', 'the'], ['will', 'north'], ['will', 'russia'], ['will', 'kim'], ['will', 'putin'], ['will', 'they'],
  ['will', 'there'], ['will', 'it'], ['will', 'this'], ['will', 'we'], ['will', 'us'], ['will', 'nk'], ['will', 'anyone'],
  ['what', 'will'], ['who', 'will'], ['how', 'will'], ['when', 'will'], ['where', 'will'], ['why', 'will'],
  ['which', 'will'], ['gonna'], ['going', 'to', 'happen'], ['going', 'to', 'be'], ['going', 'to', 'do'],
  // "Is the UN going to impose sanctions": a verb after "going to" (not a place: "the train going to Russia").
  ...['impose', 'slap', 'sanction', 'punish', 'respond', 'react', 'retaliate', 'attack', 'invade', 'intervene', 'stop', 'end', 'start', 'continue',
    'keep', 'send', 'sell', 'supply', 'deliver', 'ship', 'use', 'fire', 'launch', 'build', 'reopen', 'open', 'close', 'change', 'admit', 'confirm',
    'publish', 'release', 'visit', 'meet', 'sign', 'win', 'lose', 'escalate', 'get', 'take', 'make', 'buy', 'pay', 'investigate', 'act', 'test',
    'shoot', 'try', 'need', 'join', 'move', 'run', 'arm', 'deny', 'announce'].map((verb) => ['going', 'to', verb]),
  // "Before Christmas", "før jul": a time still to come.
  ['before', 'christmas'], ['før', 'jul'], ['før', 'julen'], ['next', 'time'], ['før', 'nyttår'], ['innen', 'nyttår'], ['before', 'new', 'year'],
  ['before', 'the', 'new', 'year'], ['by', 'new', 'year'],
  ['next', 'year'], ['next', 'week'], ['next', 'month'], ['next', 'step'], ['next', 'move'], ['happens', 'next'],
  ['happen', 'next'], ['comes', 'next'],
  // "when is the next test", "når blir neste oppskyting": the next of something is still to come ("the next day" is not).
  ['is', 'the', 'next'], ['when', 'the', 'next'], ['will', 'the', 'next'], ['blir', 'neste'], ['er', 'neste'], ['kommer', 'neste'],
  ['når', 'neste'], ['kjem', 'neste'], ['blir', 'den', 'neste'], ['er', 'den', 'neste'], ['future'], ['predict'], ['prediction'], ['predictions'], ['forecast'], ['upcoming'], ['tomorrow'],
  ['eventually'], ['likely', 'to'], ['chance', 'that'], ['chances'], ['odds'], ['expect', 'to'], ['in', 'the', 'coming'],
  // "kommer (noen) til å …": the tokenizer drops the lone "å".
  ['kommer', 'til'], ['kommer', '*', 'til'], ['kommer', '*', '*', 'til'], ['kjem', 'til'], ['kjem', '*', 'til'], ['vil', 'det', 'bli'], ['vil', 'skje'], ['blir', 'det'],
  ['hva', 'skjer', 'nå'], ['hva', 'skjer', 'videre'], ['hva', 'skal'], ['neste', 'år'], ['neste', 'uke'],
  ['neste', 'steg'], ['neste', 'måned'], ['skjer', 'videre'], ['fremtiden'], ['framtida'],
  ['framtiden'], ['fremover'], ['framover'], ['spå'], ['spår'], ['spådom'], ['sannsynlig'], ['sannsynligvis'],
  ['snart'], ['i', 'morgen'], ['etter', 'hvert'], ['om', 'noen', 'år'], ['de', 'neste'], ['kva', 'vil'], ['hva', 'vil', 'skje'],
  ['vil', 'usa'], ['vil', 'russland'], ['vil', 'nord'], ['vil', 'kim'], ['vil', 'putin'], ['vil', 'de'],
  // "vil broen bli stengt", "vil dei nokon gong innrømme": "vil" with a subject and a verb to come.
  ['vil', '*', 'bli'], ['vil', '*', '*', 'bli'], ['vil', '*', 'verte'], ['vil', '*', 'nokon', 'gong'], ['vil', '*', 'noen', 'gang'],
  // "hva vil FN gjøre med Nord-Korea nå": what someone will do.
  ['vil', '*', 'gjøre'], ['vil', '*', '*', 'gjøre'], ['vil', '*', 'gjere'], ['vil', '*', '*', 'gjere'],
  ['will', '*', 'ever'], ['will', '*', '*', 'ever'], ['will', '*', 'be'], ['will', '*', '*', 'be'],
  // Asked indirectly: "does it say if there'll be new sanctions", "whether Russia will pay".
  ['there', 'will'], ['if', '*', 'will'], ['if', '*', '*', 'will'], ['whether', '*', 'will'], ['whether', '*', '*', 'will'],
  // Spoken "te" for "til": "kjem dei te å innrømme".
  ['kommer', 'te'], ['kommer', '*', 'te'], ['kommer', '*', '*', 'te'], ['kjem', 'te'], ['kjem', '*', 'te'], ['kjem', '*', '*', 'te'],
  ['kjem', '*', '*', 'til'], ['kjæm', '*', 'til'], ['kjæm', '*', 'te'],
  // Spoken "bli det" for "blir det": "bli det nye sanksjoner?".
  ['bli', 'det'],
  // What comes of a condition: "what happens to North Korea if …", "hva skjer med Russland hvis …".
  ...[0, 1, 2, 3].flatMap((n) => {
    const between = Array<string>(n).fill('*');
    return [['happens', ...between, 'if'], ['skjer', ...between, 'hvis'], ['skjer', ...between, 'dersom'], ['skjer', ...between, 'viss'], ['skjer', ...between, 'om']];
  }),
]);

// What would have been, had things gone otherwise: "what would happen if …", "om Kim hadde …, ville toget ha …".
// prettier-ignore
const HYPOTHETICAL = new TokenPatternSet([
  // Not "would" alone ("why would the shells go to the Middle East") nor "ville vært" ("det ville vært brudd på FN-reglene"):
  // the article says what a breach would be. What would have come of another past is asked with "have" and "had".
  ['what', 'if'], ['would', 'happen'], ['would', 'have', 'happened'], ['would', 'have', 'had'], ['would', '*', 'have', 'had'],
  ['would', '*', '*', 'have', 'had'], ['would', '*', 'have', 'been'], ['would', '*', '*', 'have', 'been'], ['imagine', 'if'],
  ['ville', 'skjedd'], ['ville', 'skje'], ['ville', 'ha', 'skjedd'], ['ville', 'ha', 'hatt'],
  ...['hatt', 'vore', 'vært', 'skjedd', 'gått'].flatMap((done) => [['ville', '*', 'ha', done], ['ville', '*', '*', 'ha', done]]),
  ['tenk', 'om'], ['tenk', 'deg', 'at'], ['kva', 'om'], ['hva', 'hvis'], ['kva', 'viss'], ['ka', 'viss'],
  // What someone would do or face on a condition: "what would the US do if the shells arrived", "what consequences would
  // Russia face if …", "hva ville USA gjort hvis …". Not whether a deed would break a rule: the article says that.
  ...[0, 1, 2].flatMap((n) => {
    const between = Array<string>(n).fill('*');
    return [
      ['would', ...between, 'do', 'if'], ['would', ...between, 'face'], ['would', ...between, 'respond', 'if'], ['would', ...between, 'react', 'if'],
      ['ville', ...between, 'gjort'], ['ville', ...between, 'gjøre', 'hvis'], ['ville', ...between, 'gjøre', 'om'], ['ville', ...between, 'reagert'],
      ['ville', ...between, 'møtt'], ['ville', ...between, 'fått', 'hvis'], ['ville', ...between, 'fått', 'om'],
    ];
  }),
  ['consequences', 'would'], ['konsekvenser', 'ville'],
]);

// Words that judge a deed (not whether it happened): "er det dumt av …", "was it smart of Putin".
// prettier-ignore
const VERDICTS = [
  'dumt', 'smart', 'lurt', 'klokt', 'teit', 'idiotisk', 'galskap', 'feigt', 'modig', 'umoralsk', 'uansvarlig', 'flott', 'trist',
  'stupid', 'dumb', 'smart', 'wise', 'clever', 'idiotic', 'crazy', 'insane', 'brave', 'cowardly', 'immoral', 'irresponsible', 'sad', 'good', 'bad',
];

// The bot's own view asked for, as a question or as a request ("your honest opinion pls", "din ærlige mening").
// prettier-ignore
const BOTS_VIEW = [
  ['your', 'opinion'], ['your', 'view'], ['your', 'take'], ['your', 'thoughts'], ['din', 'mening'], ['di', 'meining'], ['ditt', 'syn'],
  // A hot take asked for ("give me a hot take for the pod"): a view, not a fact.
  ['hot', 'take'], ['hot', 'takes'], ['spicy', 'take'],
  // Not any word between: "I should value your considered view" is a letter's courtesy around a question of fact.
  ...['honest', 'own', 'personal', 'real', 'true'].flatMap((how) => [['your', how, 'opinion'], ['your', how, 'view'], ['your', how, 'take']]),
  ...['ærlige', 'egen', 'egne', 'personlige', 'ærlege', 'eigen'].flatMap((how) => [['din', how, 'mening'], ['di', how, 'meining']]),
  // "… be honest, what do you think", "hva tror du": asked of the bot, with or without a question mark.
  ['what', 'do', 'you', 'think'], ['what', 'do', 'u', 'think'], ['what', 'you', 'think'], ['what', 'you', 'personally', 'think'],
  ['hva', 'tror', 'du'], ['kva', 'trur', 'du'], ['ka', 'trur', 'du'], ['hva', 'synes', 'du'], ['kva', 'synest', 'du'], ['hva', 'mener', 'du'],
];
const ASKS_BOTS_VIEW = new TokenPatternSet(BOTS_VIEW);

/** Whether a sentence (its tokens) asks the bot's own view, put as a question or not ("your honest opinion pls"). */
export function asksBotsView(tokens: readonly string[]): boolean {
  return ASKS_BOTS_VIEW.matches(tokens);
}

// prettier-ignore
const OPINION = new TokenPatternSet([
  ...BOTS_VIEW, ['you', 'think'], ['you', 'not', 'think'], ['you', 'believe'], ['you', 'feel'], ['you', 'personally'], ['should'], ['ought'], ['good', 'or', 'bad'], ['right', 'or', 'wrong'],
  ['do', 'you', 'like'], ['do', 'you', 'support'], ['you', 'side', 'with'], ['støtter', 'du'], ['støttar', 'du'], ['whose', 'side'], ['you', 'trust'], ['you', 'agree'], ['u', 'agree'], ['agree', 'with', 'me'], ['favourite'],
  // A guess or a verdict between sides: "if you had to guess", "your gut feeling", "who is right", "who's the better leader".
  ['you', 'had', 'to', 'guess'], ['your', 'guess'], ['best', 'guess'], ['you', 'guess'], ['gut', 'feeling'], ['your', 'gut'],
  // The bot told to guess: "guess what was on the train", "bare gjett", "take a guess" (the lone "a" is dropped; not "is
  // that just a guess").
  ['take', 'guess'], ['make', 'guess'], ['guess', 'what', 'was'], ['speculate'], ['bare', 'gjett'], ['gjett', 'hva'],
  ['gjett', 'på'], ['ta', 'en', 'gjetning'], ['spekuler'], ['spekulér'],
  ['who', 'is', 'right'], ['who', 's', 'right'], ['who', 'is', 'in', 'the', 'right'], ['who', 'is', 'lying'], ['who', 's', 'lying'],
  ['the', 'better'], ['who', 'is', 'better'], ['who', 's', 'better'], ['which', 'is', 'better'], ['who', 'is', 'worse'], ['is', 'it', 'funny'],
  ['it', 'kinda', 'funny'], ['it', 'kind', 'of', 'funny'], ['not', 'it', 'funny'], ['n', 't', 'it', 'funny'],
  ['tipper', 'du'], ['tippar', 'du'], ['gjetter', 'du'], ['gjettar', 'du'], ['magefølelse'], ['magefølelsen'], ['magekjensla'],
  ['hvem', 'har', 'rett'], ['kven', 'har', 'rett'], ['kem', 'har', 'rett'], ['hvem', 'lyver'], ['kven', 'lyg'], ['hvem', 'er', 'best'],
  ['hvem', 'er', 'bedre'], ['kven', 'er', 'best'], ['hvem', 'er', 'den', 'beste'], ['hva', 'er', 'best'], ['morsomt', 'at'], ['rart', 'at'],
  ['favorite'], ['evil'], ['deserve'], ['deserves'], ['is', 'it', 'fair'], ['is', 'it', 'wrong'], ['is', 'it', 'ok'],
  ['synes', 'du'], ['syns', 'du'], ['synst', 'du'], ['mener', 'du'], ['meiner', 'du'], ['tror', 'du'], ['trur', 'du'],
  ['tenker', 'du'], ['tenkjer', 'du'], ['bør'], ['burde'],
  // A learner's word order, the verb after "du": "hva du mener, lyver …", "kva du trur".
  ...['hva', 'kva', 'ka'].flatMap((what) => ['mener', 'meiner', 'synes', 'syns', 'synest', 'tror', 'trur'].map((thinks) => [what, 'du', thinks])),
  // The bot's view taken for granted: "du tror vel også at …, ikke sant?".
  ...['tror', 'trur', 'synes', 'syns', 'mener', 'meiner'].map((thinks) => ['du', thinks, 'vel']),
  ['liker', 'du'], ['likar', 'du'], ['stoler', 'du'], ['er', 'det', 'riktig', 'av'], ['er', 'det', 'galt'],
  // A verdict on the story or its source: "fake news", "er TV 2 en god kilde". Not "propaganda": "is it true or just propaganda" asks what is known.
  ['fake', 'news'], ['god', 'kilde'], ['good', 'source'], ['reliable', 'source'], ['trustworthy'], ['right', 'agree'],
  // A moral verdict asked: "drøft om det er moralsk riktig av …", "is it ethical for Russia to …".
  ['moralsk'], ['morally'], ['moral'], ['etisk'], ['ethical'], ['ethically'], ['umoralsk'], ['immoral'], ['uetisk'], ['unethical'],
  ['rettferdig'], ['ond'], ['onde'], ['hvem', 'sin', 'side'], ['du', 'enig'], ['du', 'einig'], ['enig', 'med', 'meg'], ['fortjener'],
  // A verdict on someone's doing: "er det dumt av Russland å …", "is it embarrassing for Russia", "is 38 North biased".
  // With a word between: "er det moralsk galt av …", "is it morally wrong of …", "was it really smart".
  ...['er', 'var', 'e', 'is', 'was', 'isn', 'wasn'].flatMap((be) =>
    ['det', 'it', 'that', 'dette', 'this'].flatMap((it) => [...VERDICTS, 'galt', 'wrong'].flatMap((v) => [[be, it, v], [be, it, '*', v]])),
  ),
  ...['biased', 'partisk', 'partiske', 'hypocritical', 'hyklersk', 'hypocrites', 'embarrassing', 'pinlig', 'flaut', 'shameful', 'skammelig'].map((v) => [v]),
]);

// How the bot is, who made it, what it is: not about the article. "What can you do" and "who are you" are help.
// prettier-ignore
const PERSONAL = new TokenPatternSet([
  ['how', 'are', 'you'], ['how', 'r', 'u'], ['how', 'are', 'u'], ['how', 'is', 'your', 'day'], ['how', 'you', 'doing'], ['how', 'are', 'you', 'doing'],
  ['hvordan', 'går', 'det', 'med', 'deg'], ['korleis', 'går', 'det', 'med', 'deg'], ['åssen', 'går', 'det', 'med', 'deg'], ['koss', 'går', 'det', 'med', 'deg'],
  ['hvordan', 'har', 'du', 'det'], ['korleis', 'har', 'du', 'det'], ['åssen', 'har', 'du', 'det'], ['koss', 'har', 'du', 'det'],
  ['what', 'are', 'you', 'doing'], ['what', 'r', 'u', 'doing'], ['what', 'are', 'you', 'up', 'to'], ['what', 'you', 'up', 'to'], ['wyd'],
  ['hva', 'driver', 'du', 'med'], ['kva', 'driv', 'du', 'med'], ['ka', 'driv', 'du', 'med'], ['ka', 'driver', 'du', 'med'], ['kva', 'driver', 'du', 'med'],
  ['hva', 'gjør', 'du', 'nå'], ['kva', 'gjer', 'du', 'no'],
  ['who', 'made', 'you'], ['who', 'created', 'you'], ['who', 'built', 'you'], ['who', 'programmed', 'you'], ['who', 'designed', 'you'],
  ['who', 'owns', 'you'], ['who', 'trained', 'you'], ['who', 'made', 'u'], ['who', 'created', 'u'],
  ['hvem', 'har', 'laget', 'deg'], ['hvem', 'laget', 'deg'], ['hvem', 'lagde', 'deg'], ['hvem', 'har', 'lagd', 'deg'], ['kven', 'har', 'laga', 'deg'],
  ['kven', 'laga', 'deg'], ['kem', 'har', 'laga', 'deg'], ['kem', 'laga', 'deg'], ['hvem', 'har', 'programmert', 'deg'], ['kven', 'har', 'programmert', 'deg'],
  ...['kæm', 'kem', 'kven', 'hvem'].flatMap((who) =>
    ['lagd', 'laga', 'laget', 'lagde', 'skapt', 'programmert'].flatMap((made) =>
      ['dæ', 'dæg', 'dej', 'deg'].flatMap((you) => [[who, 'har', made, you], [who, made, you]]))),
  ['hvem', 'eier', 'deg'], ['hvem', 'har', 'skapt', 'deg'], ['kven', 'har', 'skapt', 'deg'],
  ['your', 'name'], ['hva', 'heter', 'du'], ['kva', 'heiter', 'du'], ['ka', 'heite', 'du'], ['ka', 'heter', 'du'], ['kva', 'heter', 'du'],
  ['how', 'old', 'are', 'you'], ['hvor', 'gammel', 'er', 'du'], ['kor', 'gammal', 'er', 'du'], ['kor', 'gamal', 'er', 'du'],
  ['where', 'are', 'you', 'from'], ['hvor', 'kommer', 'du', 'fra'], ['kvar', 'kjem', 'du', 'frå'],
  // What the bot may say, and who decides it: its rules, not the UN's ban ("allowed" weighs as the ban's word).
  ['are', 'you', 'allowed'], ['you', 'are', 'allowed'], ['you', 'allowed'], ['r', 'u', 'allowed'], ['u', 'allowed'], ['are', 'you', 'permitted'],
  ['får', 'du', 'lov'], ['du', 'får', 'lov'], ['har', 'du', 'lov'], ['du', 'har', 'lov'], ['får', 'du', 'lova'], ['du', 'får', 'lova'],
  ['your', 'rules'], ['dine', 'regler'], ['reglene', 'dine'],
]);
// "Are you a bot", "er du et menneske", "e du ein ekte person": the asker asks what the bot is.
// prettier-ignore
const BE = new Set(['are', 'r', 'er', 'e', 'æ', 'is']);
// prettier-ignore
const YOU = new Set(['you', 'u', 'du', 'ya']);
// prettier-ignore
const WHAT_IT_IS = new Set([
  'bot', 'robot', 'human', 'person', 'real', 'ai', 'chatgpt', 'gpt', 'machine', 'alive', 'sentient', 'conscious', 'computer', 'program',
  'menneske', 'ekte', 'maskin', 'datamaskin', 'levende', 'levande', 'kunstig', 'bevisst', 'faktasjekker', 'factchecker', 'chatbot', 'chatbott',
]);
// Words between "you" and what it is: "are you really a bot", "er du eigentleg ein ekte person".
// prettier-ignore
const BEFORE_WHAT = new Set([
  'a', 'an', 'en', 'ein', 'et', 'eit', 'ei', 'really', 'actually', 'just', 'even', 'like', 'some', 'kind', 'sort', 'of', 'type',
  'egentlig', 'eigentleg', 'virkelig', 'verkeleg', 'bare', 'berre', 'liksom', 'noen', 'nokon', 'slags',
  // What kind of bot: "er du en faktasjekk-bot", "are you a factcheck bot", "a news bot".
  'faktasjekk', 'faktasjekke', 'faktasjekking', 'factcheck', 'factchecking', 'fact', 'check', 'chat', 'news', 'nyhets', 'nyheits',
]);

// "Should" in the formal politeness of a letter asks no opinion: "I should be most grateful if …",
// "I should like to know"; nor does it when asking what evidence means ("should we read anything into them").
// prettier-ignore
const POLITE_SHOULD = new TokenPatternSet([
  ['should', 'be', 'grateful'], ['should', 'be', 'most', 'grateful'], ['should', 'be', 'very', 'grateful'],
  ['should', 'be', 'so', 'grateful'], ['should', 'be', 'glad'], ['should', 'like'], ['should', 'appreciate'],
  ['should', 'be', 'obliged'],
  // Whether evidence means something asks what it shows, not an opinion: "should we read anything into them".
  ['should', '*', 'read', 'anything', 'into'], ['should', '*', 'read', 'much', 'into'], ['should', 'read', 'anything', 'into'],
]);

// "Vil" is also "want": "hva slags samarbeid vil Putin og Kim ha" asks what they want, not what will be.
// prettier-ignore
const WANT = new TokenPatternSet([['vil', '*', 'ha'], ['vil', '*', '*', 'ha'], ['vil', '*', '*', '*', 'ha'], ['vil', '*', 'oppnå'], ['vil', '*', '*', 'oppnå']]);
// "Vil De være så vennlig å opplyse om …", "will you tell me who …": the asker asks the bot to tell, now; the question
// after it is what is asked (its own future, if any, still counts).
const TELL = ['fortelle', 'forklare', 'opplyse', 'si', 'fortelje', 'forklara', 'tell', 'explain', 'say', 'let'];
// prettier-ignore
const ASKS_TO_TELL = new TokenPatternSet(
  [['vil', 'du'], ['vil', 'de'], ['vil', 'dere'], ['vil', 'dykk'], ['will', 'you']].flatMap((asking) => [
    ...TELL.map((verb) => [...asking, verb]),
    ...TELL.map((verb) => [...asking, 'please', verb]),
    ...['være', 'vere', 'vær', 'be'].map((be) => [...asking, be, 'so']),
    ...['være', 'vere', 'vær'].map((be) => [...asking, be, 'så']),
  ]),
);

// prettier-ignore
const COMES_FROM = new TokenPatternSet([['hvor', 'kommer'], ['kvar', 'kjem'], ['kor', 'kommer'], ['kor', 'kjem'], ['hvorfra', 'kommer'], ['hvor', 'kom']]);
const FROM = new Set(['fra', 'frå', 'ifra', 'ifrå']);
// prettier-ignore
const SAYING = new Set([
  'sier', 'seier', 'sa', 'sagt', 'said', 'says', 'say', 'claim', 'claims', 'claimed', 'hevder', 'hevdet', 'hevda', 'uttalte', 'uttaler', 'stated',
  'states', 'announced', 'kunngjorde', 'told', 'fortalte',
  // "Did North Korea indicate any intention of selling in the future": what it let be known of the future.
  'indicate', 'indicated', 'indicates', 'signal', 'signals', 'signalled', 'signaled', 'declared', 'promised', 'pledged', 'vowed', 'signaliserte',
  'signalisert', 'erklærte', 'lovet', 'lova', 'varslet', 'varsla',
]);
// prettier-ignore
const ARTICLE = new Set(['article', 'story', 'piece', 'artikkel', 'artikkelen', 'sak', 'saken', 'saka', 'nyheten', 'nyheita', 'reportasjen']);
const ARTICLE_SAYS = new Set([...ARTICLE, 'it', 'tv2', '2', 'teksten', 'text']);
const OR = new Set(['or', 'eller']);
// "Kommer granatene fram (til Russland)" asks whether they arrive: its "kommer … til" is no "kommer til å".
// prettier-ignore
const ARRIVES = new TokenPatternSet([
  ['kommer', 'fram'], ['kommer', 'frem'], ['kjem', 'fram'], ['kommer', '*', 'fram'], ['kommer', '*', 'frem'], ['kjem', '*', 'fram'],
  ['kommer', '*', '*', 'fram'], ['kjem', '*', '*', 'fram'],
]);

// With a greeting, "how are you" is part of it: "hei, korleis har du det?" greets.
// prettier-ignore
const GREETINGS = new Set(['hi', 'hey', 'hello', 'hiya', 'howdy', 'yo', 'hei', 'heisann', 'hallo', 'halla', 'hallais', 'heia', 'morn', 'morna', 'hoi']);

const FAIR_TO_SAY = new TokenPatternSet([
  ['fair', 'to', 'say'],
  ['fair', 'to', 'conclude'],
]);

/**
 * The frame of a question, from its lower-cased tokens, or undefined for an ordinary question.
 * `latestYear`: the latest year the knowledge base tells of (see latestYearIn); a later year asks what came after.
 */
export function questionFrame(message: readonly string[], latestYear?: number): QuestionFrame | undefined {
  const tokens = withoutAskingToTell(message);
  if (instructsBot(tokens)) return 'instruction';
  let meant = WANT.matches(tokens) ? tokens.filter((t) => t !== 'vil') : tokens;
  // "Hvor kommer hestene til Kim fra?" asks where they come from: its "kommer … til" is no "kommer til å".
  if ((COMES_FROM.matches(meant) && meant.some((t) => FROM.has(t))) || ARRIVES.matches(meant)) meant = meant.filter((t) => t !== 'kommer' && t !== 'kjem');
  // "Hva blir det påstått om …", "blir det fulgt med på …", "hva blir det på norsk": now, no "blir det" to come.
  if (meant.includes('blir')) meant = withoutPassiveBlir(meant);
  // What someone said of the future ("sier USA at de kommer til å fortsette", "has North Korea said it plans to sell
  // arms in the future") asks what was said: the future is theirs, not the question's.
  const predicts = FUTURE.matches(meant) && FUTURE.matches(beforeSaying(meant));
  // A question opening with "will" asks what will be: "will 38 North sell more pictures", "Will Blinken visit Pyongyang".
  // A later year the article is said to be from ("er artikkelen fra 2023?") is a date to check, not the future.
  // "Is this story from 2022 or 2023" offers two dates to check.
  const dated = tokens.some((t) => ARTICLE.has(t));
  const dates = (i: number): boolean =>
    FROM.has(tokens[i - 1] ?? '') || tokens[i - 1] === 'from' || (OR.has(tokens[i - 1] ?? '') && /^\d{4}$/.test(tokens[i - 2] ?? '') && dates(i - 2));
  const later = (t: string, i: number): boolean => latestYear !== undefined && isLaterYear(t, latestYear) && !(dated && dates(i));
  if (predicts || tokens[0] === 'will' || shallOpens(tokens) || tokens.some(later)) return 'future';
  if (HYPOTHETICAL.matches(tokens)) return 'hypothetical';
  // "Is it true or fake news?" asks whether it is so: the choice's second word ("fake news") gives no verdict of its own.
  const choice = withVerdictChoiceAsTag(tokens);
  let asked = POLITE_SHOULD.matches(choice) ? choice.filter((t) => t !== 'should') : choice;
  // "Is it fair to say …" asks whether a statement holds, not whether something is fair.
  if (FAIR_TO_SAY.matches(asked)) asked = asked.filter((t) => t !== 'fair');
  // "My mate says X, I say Y, who's right?" asks which claim the article bears out.
  if (settlesDispute(asked)) asked = withoutWhoIsRight(asked);
  if (OPINION.matches(asked)) return 'opinion';
  if ((PERSONAL.matches(tokens) || asksWhatBotIs(tokens)) && !tokens.some((t) => GREETINGS.has(t))) return 'personal';
  return undefined;
}

// Words after "blir det" that end as a past participle does and are none: "blir det lett", "blir det slutt på krigen".
// prettier-ignore
const NOT_PARTICIPLES = new Set(['lett', 'godt', 'fint', 'vondt', 'rart', 'kaldt', 'varmt', 'stygt', 'sant', 'slutt', 'interessant', 'trist', 'mest', 'best', 'verst', 'flest']);
const PARTICIPLE = /(?:et|tt|dt|gt|kt|lt|rt|nt|st|vd|dd)$/u;
// What may stand between "blir" and the participle: "blir det faktisk bevist", "blir det ikke sagt noe".
// prettier-ignore
const BEFORE_PARTICIPLE = new Set(['det', 'dette', 'den', 'de', 'noe', 'noko', 'faktisk', 'egentlig', 'eigentleg', 'ikke', 'ikkje', 'også', 'òg', 'vel', 'nå', 'no']);
// "Hva blir det på norsk", "hvor mye blir det i kilometer": what it comes to, now.
const IN = new Set(['på', 'i']);

/** The tokens without a "blir" of the passive ("blir det sagt noe om …") or of what it comes to: no future. */
function withoutPassiveBlir(tokens: readonly string[]): readonly string[] {
  const now = (i: number): boolean => {
    if (tokens[i] !== 'blir') return false;
    let j = i + 1;
    while (j < tokens.length && BEFORE_PARTICIPLE.has(tokens[j]!)) j++;
    const next = tokens[j];
    if (next === undefined) return false;
    return (PARTICIPLE.test(next) && !NOT_PARTICIPLES.has(next)) || (j > i + 1 && IN.has(next));
  };
  return tokens.some((_, i) => now(i)) ? tokens.filter((_, i) => !now(i)) : tokens;
}

function asksWhatBotIs(tokens: readonly string[]): boolean {
  // The tokenizer drops one-letter words: "e du ein ekte person" starts at "du".
  for (let i = 0; i < tokens.length; i++) {
    if (!YOU.has(tokens[i]!) || (i > 0 && !BE.has(tokens[i - 1]!))) continue;
    let j = i + 1;
    while (j < tokens.length && BEFORE_WHAT.has(tokens[j]!)) j++;
    if (WHAT_IT_IS.has(tokens[j] ?? '')) return true;
  }
  return false;
}

/** A year ("2024") after the latest one the knowledge base tells of. */
function isLaterYear(token: string, latestYear: number): boolean {
  return /^20\d\d$/.test(token) && Number(token) > latestYear;
}

/**
 * The latest year these texts (the entries' answers) name, or undefined when they name none: what the
 * knowledge base knows ends there. The article's is 2022; a newsroom archive's, or an entry an admin adds
 * on a later development, moves it on, so a question about that year is no longer taken for a prediction.
 */
export function latestYearIn(texts: Iterable<string>): number | undefined {
  let latest: number | undefined;
  for (const text of texts)
    for (const [year] of text.matchAll(/(?<!\d)(?:1[89]|20)\d\d(?!\d)/g)) if (latest === undefined || Number(year) > latest) latest = Number(year);
  return latest;
}

/** The tokens before the first word of saying (all of them when there is none). */
function beforeSaying(tokens: readonly string[]): readonly string[] {
  const at = tokens.findIndex((t) => SAYING.has(t));
  // The article tells no future: "does the article say if there'll be new sanctions" asks what will be.
  return at < 0 || ARTICLE_SAYS.has(tokens[at - 1] ?? '') ? tokens : tokens.slice(0, at);
}

// Who a question opening with "skal" may ask the doings of: "skal Kim besøke Putin snart?", "ska dæm send meir granata?".
// Not the asker ("skal jeg skrive …") nor a plan with no subject ("skal skrive en oppgave om …").
// prettier-ignore
const SHALL_SUBJECTS = new Set([
  'usa', 'kim', 'nord', 'nordkorea', 'russland', 'putin', 'fn', 'kina', 'biden', 'han', 'hun', 'ho', 'de', 'dei', 'dem', 'dæm', 'di', 'det', 'noen',
  'nokon', 'toget', 'broen', 'brua', 'pyongyang', 'moskva', 'amerikanerne', 'russerne', 'nordkoreanerne',
]);
const SHALL = new Set(['skal', 'ska', 'skall']);
// "Skal Nord-Korea ha sendt granater?" reports what is said to have been: no future.
const REPORTED = new Set(['ha', 'hatt']);

/** Whether a question opens with "skal" and someone's doings to come: "skal Kim besøke Putin snart?". */
function shallOpens(tokens: readonly string[]): boolean {
  return SHALL.has(tokens[0] ?? '') && SHALL_SUBJECTS.has(tokens[1] ?? '') && !tokens.slice(2, 6).some((t) => REPORTED.has(t));
}

/** The tokens without the "vil"/"will" of a request to tell ("vil De opplyse om …"), which is no future. */
function withoutAskingToTell(tokens: readonly string[]): readonly string[] {
  if (!ASKS_TO_TELL.matches(tokens)) return tokens;
  const at = tokens.findIndex((t, i) => (t === 'vil' || t === 'will') && ASKS_TO_TELL.matches(tokens.slice(i, i + 4)));
  return at < 0 ? tokens : [...tokens.slice(0, at), ...tokens.slice(at + 1)];
}
