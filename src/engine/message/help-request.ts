import { STOPWORDS } from '../analysis/stopwords.js';
import { beforeHedge } from './closing-hedge.js';
import { greetsOnly } from './greeting-only.js';
import { OPENING_GREETINGS } from './leading-greeting.js';
import { remarksOnAsker } from './greeting-remark.js';
import { messageTokens } from './message-tokens.js';
import { QUESTION_WORDS } from './question-words.js';
import { isQuestion, sentencesOf } from './sentences.js';
import { statesARequest } from './stated-request.js';

/**
 * "Kan du hjelpe meg å faktasjekke en sak?", "can you help me out? I'm writing a school report", "hei! kan du hjelpe meg
 * litt med denne saken": the bot asked for help with the story, nothing in it asked yet. The reply is help (what it
 * answers, how to ask): matched, "fact-check" was answered with the claim the story fact-checks.
 */
const ASKING_VERB = new Set(['can', 'could', 'would', 'will', 'kan', 'kunne', 'vil']);
const YOU = new Set(['you', 'u', 'du', 'dere', 'dykk']);
const HELP = new Set(['help', 'hjelpe', 'hjelpa', 'hjelp']);
const PLEASE = new Set(['please', 'pls', 'plz', 'takk', 'needed']);
// Leave to ask ("can I ask about NK and Russia here?", "kan jeg spørre deg om ting fra nyhetene?"): the lone "i" is no token.
const MAY = new Set(['can', 'could', 'may', 'kan', 'kunne', 'får', 'må']);
const ASKER = new Set(['jeg', 'eg', 'æ', 'e', 'we', 'vi', 'jag']);
// Swedish and Danish too ("vad kan jag fråga dig om", "hvad kan jeg spørge om"), read as Norwegian elsewhere.
const ASK = new Set(['ask', 'spørre', 'spørje', 'spørja', 'spør', 'fråga', 'spørge']);
// The bot's own job named ("can you fact-check stuff about NK?", "what can you check for me?", "hva kan du sjekke?").
// prettier-ignore
const CHECK = new Set([
  'check', 'verify', 'factcheck', 'fact', 'sjekke', 'sjekka', 'faktasjekke', 'faktasjekka', 'verifisere', 'kontrollere',
  // Settle a bet or an argument ("kan du avgjøre et veddemål for oss?").
  'settle', 'decide', 'avgjøre', 'avgjere',
]);
const WHAT = new Set(['what', 'hva', 'kva', 'ka']);
// What the help may be with, besides stop words: the story as a whole, a task with it ("faktasjekke", "school report").
// A topic of the story ("the horse train") is asked about, and its entry answers.
// prettier-ignore
const STORY_TASK = new Set([
  'with', 'about', 'regarding', 'angående', 'out', 'understand', 'forstå', 'skjønne', 'fact', 'check', 'factcheck', 'faktasjekke', 'faktasjekk', 'sjekke', 'verify', 'verifisere', 'skille',
  'separate', 'apart', 'fakta', 'facts', 'påstander', 'påstandar', 'claims', 'sak', 'saken', 'saka', 'artikkel', 'artikkelen', 'article', 'story',
  'news', 'nyheter', 'nyheten', 'nyhetene', 'things', 'ting', 'here', 'her', 'from', 'fra', 'frå', 'answer', 'svare', 'tv', 'tv2', '2', 'lekser', 'leksene',
  'homework', 'spørsmålet', 'oppgave', 'oppgaven', 'oppgåve', 'assignment', 'report', 'rapport', 'skole',
  // A teacher's: the answer key, a test, a lesson ("kan du hjelpe meg med fasit?", "help me with the answer key").
  'fasit', 'fasiten', 'fasitsvar', 'fasitsvara', 'fasitsvarene', 'key', 'prøve', 'prøven', 'prøva', 'test', 'tests', 'lesson', 'lessons',
  'undervisning', 'undervisningen', 'undervisninga',
  'skolen', 'school', 'essay', 'prosjekt', 'project', 'quiz', 'spørsmål', 'questions', 'question', 'stuff', 'nord', 'korea', 'north', 'nk',
  'russland', 'russia', 'one', 'words', 'word', 'ord', 'ordene', 'ordet', 'terms', 'language', 'språk', 'språket', 'locations', 'places',
  'steder', 'people', 'folk', 'personer', 'sources', 'kilder', 'dates', 'datoer', 'numbers', 'tall', 'pictures', 'bilder', 'bildene',
  // What is pasted to be checked: "can I paste a tweet", "en melding jeg har fått".
  'tweet', 'tweets', 'post', 'posts', 'message', 'messages', 'melding', 'meldinger', 'link', 'links', 'lenke', 'lenker', 'screenshot', 'skjermbilde',
  'inn', 'fått', 'got', 'received', 'just', 'bare', 'couple', 'several', 'multiple', 'flere', 'par', 'én', 'ein', 'ene', 'eine', 'same', 'samme', 'once', 'gang', 'samtidig',
  // Where what is to be checked was seen: "kan du faktasjekke noe jeg så på tiktok?", "something I read on twitter".
  'something', 'thing', 'saw', 'seen', 'read', 'heard', 'så', 'sett', 'leste', 'lest', 'hørte', 'hørt', 'tiktok', 'twitter', 'facebook',
  'instagram', 'insta', 'reddit', 'youtube', 'snapchat', 'snap', 'telegram', 'online', 'internet', 'nettet', 'internett', 'video', 'videoen',
  // The language asked in: "kan jeg spørre på norsk?", "can I ask in English".
  'norsk', 'nynorsk', 'bokmål', 'engelsk', 'norwegian', 'english', 'dialekt', 'dialect', 'spørsmålene', 'spørsmåla', 'topics', 'tema', 'temaer',
  // Whatever the asker likes: "can I ask about anything?", "kan jeg spørre om alt mulig?".
  'anything', 'everything', 'whatever', 'alt', 'hva', 'som', 'helst', 'mulig',
  // How a quiz question is put: "can I ask you multiple choice stuff", "skal jeg skrive svaralternativene også?".
  'choice', 'choices', 'options', 'alternatives', 'answers', 'svar', 'svarene', 'alternativer', 'alternativene', 'svaralternativer', 'svaralternativene',
  'write', 'type', 'include', 'skrive', 'skriva', 'ta', 'med',
  // Put a certain way: "må jeg formulere spørsmålene på en spesiell måte?", "in a special format".
  'spesiell', 'spesiel', 'spesielt', 'bestemt', 'særskilt', 'måte', 'måten', 'special', 'particular', 'certain', 'way', 'format', 'formatet',
  // Used the right way: "how I can use it in proper way?", "how do I use it correctly".
  'proper', 'properly', 'correctly', 'korrekt',
  // What the asker ought to know: "noen kommandoer jeg bør vite om?".
  'bør', 'burde', 'vite', 'kjenne', 'kjenna',
  // How the bot is called: "skal jeg tagge deg eller bruke /factcheck?".
  'tagge', 'tag', 'pinge', 'ping', 'mention', 'bruke', 'use', 'factcheck', 'eller', 'or', 'deg', 'you',
  // The bot's commands, and what else it does ("help / cmds?", "what else can you do besides this one article?").
  'cmds', 'cmd', 'commands', 'command', 'kommandoer', 'kommandoene', 'besides', 'except', 'utenom', 'bortsett', 'foruten', 'bot',
  // A list of topics, a bet or an argument to settle ("is there a list of topics?", "et veddemål for oss").
  'list', 'liste', 'lista', 'listen', 'oversikt', 'bet', 'bets', 'veddemål', 'veddemålet', 'argument', 'krangel', 'krangelen', 'us', 'oss',
  'not', 'ikke', 'any',
  // Whether what is pasted is so: "can I paste a tweet and you tell me if it's true?".
  'if', 'whether', 'om', 'true', 'sant', 'real', 'ekte', 'stemmer',
  // A news story named as such, and Swedish and Danish "you" ("vad kan jag fråga dig om").
  'nyhetssak', 'nyhetssaken', 'nyheitssak', 'nyheitssaka', 'dig',
  // The bot named as a program: "hva kan dette programmet hjelpe meg med?".
  'programmet', 'program', 'programme', 'tjenesten', 'tjeneste', 'appen', 'app', 'verktøyet', 'tool',
  // The subject it is for: "til oppgaven i samfunnsfag", "for my social studies class".
  'samfunnsfag', 'samfunnskunnskap', 'historie', 'faget', 'timen', 'klassen', 'class', 'social', 'studies', 'history', 'subject', 'course',
]);

const HELP_WORD = /(?<!\p{L})(?:help|hjelp|check|sjekk|fact|faktasjekk|verif|kontroll|ask|spør)/iu;

/**
 * Where a request for help ("can you help", "kan du hjelpe", "help me" first), for the bot's job ("can you fact-check",
 * "what can you check"), for leave to ask ("can I ask", "kan jeg spørre") or for how to ask opens and ends, if one does.
 */
function helpAsked(tokens: readonly string[]): Span | undefined {
  // The one opening first: "what kind of questions can I ask" is asked from "what", not from "can I ask".
  let first: Span | undefined;
  for (const find of [askedForHelp, askedTheBotsJob, askedLeaveToAsk, askedHowToAsk, askedWhatBotDoes]) {
    const span = find(tokens);
    if (span !== undefined && (first === undefined || span.from < first.from)) first = span;
  }
  return first;
}

interface Span {
  from: number;
  to: number;
}

function askedForHelp(tokens: readonly string[]): Span | undefined {
  for (let i = 0; i < tokens.length; i++) {
    if (!HELP.has(tokens[i]!)) continue;
    if (YOU.has(tokens[i - 1] ?? '') && ASKING_VERB.has(tokens[i - 2] ?? '')) return { from: i - 2, to: i + 1 };
    if (i === 0 && (tokens[1] === 'me' || tokens[1] === 'meg')) return { from: 0, to: 2 };
    // "Help please, not sure what I'm doing here", "hjelp takk".
    if (i === 0 && PLEASE.has(tokens[1] ?? '')) return { from: 0, to: 2 };
  }
  return undefined;
}

// "fact-check", and the English verb with a Norwegian ending ("kan du fact-checke ting for meg").
const CHECK_AFTER_FACT = new Set(['check', 'checke', 'checka', 'sjekke', 'sjekka']);

function askedTheBotsJob(tokens: readonly string[]): Span | undefined {
  for (let i = 2; i < tokens.length; i++) {
    if (!CHECK.has(tokens[i]!) || !YOU.has(tokens[i - 1]!) || !ASKING_VERB.has(tokens[i - 2]!)) continue;
    const from = WHAT.has(tokens[i - 3] ?? '') ? i - 3 : i - 2;
    return { from, to: tokens[i] === 'fact' && CHECK_AFTER_FACT.has(tokens[i + 1] ?? '') ? i + 2 : i + 1 };
  }
  return undefined;
}

/**
 * After help asked, what else the bot can do, whatever the verb: "what can you do? can you translate words from the
 * article", "… can you give me sources for stuff". The verb is the span's end: what follows must be of the story's tasks.
 */
function askedCapability(tokens: readonly string[]): Span | undefined {
  return ASKING_VERB.has(tokens[0] ?? '') && YOU.has(tokens[1] ?? '') && tokens.length > 2 ? { from: 0, to: 3 } : undefined;
}

// Or told to check, what is to be checked not given yet: "fact check this for me", "hey, verify something for me".
const CHECK_ORDER = new Set(['check', 'factcheck', 'verify', 'sjekk', 'faktasjekk', 'verifiser']);
const THIS = new Set(['this', 'that', 'something', 'smth', 'dette', 'det', 'noe', 'noko']);

function orderedToCheck(tokens: readonly string[]): Span | undefined {
  const from = OPENING_GREETINGS.has(tokens[0] ?? '') ? 1 : 0;
  const verb = tokens[from] === 'fact' && CHECK_AFTER_FACT.has(tokens[from + 1] ?? '') ? from + 1 : from;
  if (!CHECK_ORDER.has(tokens[verb] ?? '') && !CHECK_AFTER_FACT.has(tokens[verb] ?? '')) return undefined;
  return { from, to: THIS.has(tokens[verb + 1] ?? '') ? verb + 2 : verb + 1 };
}

// Or leave to paste what is to be checked: "can I just paste a tweet", "kan jeg lime inn en melding"; or how to ask it:
// "skal jeg bare skrive spørsmålet mitt her?", "do I just type my question here?".
const ASK_OR_PASTE = new Set([...ASK, 'paste', 'lime', 'send', 'type', 'write', 'skrive', 'skriva']);
const MAY_OR_SHALL = new Set([...MAY, 'skal', 'should', 'do']);
const JUST = new Set(['just', 'simply', 'bare']);

function askedLeaveToAsk(tokens: readonly string[]): Span | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (!ASK_OR_PASTE.has(tokens[i]!)) continue;
    let from = i - 1;
    if (JUST.has(tokens[from]!)) from--;
    if (from > 0 && ASKER.has(tokens[from]!)) from--;
    if (from >= 0 && MAY_OR_SHALL.has(tokens[from]!)) return { from, to: i + 1 };
  }
  return undefined;
}

// How to ask ("how should I ask", "hvordan spør jeg best", "korleis bør eg spørje"): the words between "how" and "ask", and
// after it.
const HOW = new Set(['how', 'hvordan', 'korleis', 'åssen', 'koss', 'hvorleis', 'hvorledes']);
const HOW_TO = new Set(['do', 'should', 'can', 'could', 'to', 'would', 'bør', 'burde', 'skal', 'kan', 'må', ...ASKER]);
const HOW_WELL = new Set(['best', 'properly', 'correctly', 'right', 'riktig', 'rett', 'lurest', 'smartest']);

// Or how to word a question: "hvordan bør jeg formulere spørsmålene", "how should I phrase my questions".
const PHRASE = new Set([...ASK, 'formulere', 'formulera', 'formulate', 'phrase']);

function askedHowToAsk(tokens: readonly string[]): Span | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if (!PHRASE.has(tokens[i]!)) continue;
    let from = i - 1;
    while (from > 0 && HOW_TO.has(tokens[from]!)) from--;
    if (!HOW.has(tokens[from]!) || i - from > 3) continue;
    let to = i + 1;
    if (ASKER.has(tokens[to] ?? '')) to++;
    if (HOW_WELL.has(tokens[to] ?? '')) to++;
    return { from, to };
  }
  return undefined;
}

// What the bot does, or how it is used ("what can you do", "what kind of questions can I ask", "how does this work",
// "hva kan du svare på", "hvordan bruker jeg denne tjenesten"): steps of words, '?' marking one that may be left out.
type Step = ReadonlySet<string> | { optional: ReadonlySet<string> };
const set = (...words: string[]): ReadonlySet<string> => new Set(words);
const maybe = (...words: string[]): Step => ({ optional: new Set(words) });
const THE_BOT = set('you', 'u', 'it', 'bot', 'factbot', 'this', 'du', 'boten', 'den', 'dette', 'denne');
const SO = maybe('actually', 'even', 'really', 'exactly', 'egentlig', 'eigentleg', 'faktisk', 'bot');
const DOES = set(
  ...['do', 'answer', 'tell', 'explain', 'verify', 'check', 'fact', 'factcheck', 'give', 'help', 'handle', 'cover'],
  // "Hva kan du svarte på": after "kan du" only the infinitive, whatever autocorrect made of it.
  ...['svare', 'svarte', 'hjelpe', 'gjøre', 'fortelle', 'forklare', 'sjekke', 'faktasjekke', 'gi'],
);
const KIND = set('kind', 'kinds', 'sort', 'sorts', 'type', 'types', 'slags', 'for');
const THINGS = set('questions', 'question', 'qs', 'things', 'stuff', 'spørsmål', 'ting');
// Or the story itself: "which story do you cover", "hvilken sak dekker du".
const TOPICS = set(
  ...THINGS,
  'topics',
  'subjects',
  'temaer',
  'tema',
  'emner',
  'commands',
  'kommandoer',
  'kommandoene',
  'story',
  'stories',
  'article',
  'articles',
  'sak',
  'saker',
  'artikkel',
);
const FIGURES = set(...THINGS, 'numbers', 'figures', 'facts', 'claims', 'tall', 'fakta', 'påstander');
const COVERS = set('know', 'cover', 'handle', 'answer', 'address', 'take', 'accept', 'vet', 'veit', 'kan', 'dekker', 'svarer', 'besvarer', 'tar');
const ASKING = set(...ASK, 'stille', 'put');
// Whom the asker asks for: "what kind of questions can grandpa ask you", "hva slags spørsmål kan elevene stille".
// prettier-ignore
const ASKED_FOR = ['grandpa', 'grandma', 'granny', 'mum', 'mom', 'dad', 'kids', 'students', 'pupils', 'people', 'bestefar', 'bestemor', 'mamma',
  'pappa', 'barna', 'ungene', 'elevene', 'studentene', 'folk', 'vi', 'we', 'they', 'de'];
const WORKS = set('work', 'works', 'funker', 'funkar', 'fungerer', 'fungerar', 'virker', 'verkar', 'verker');
const USE = set('use', 'bruker', 'brukar', 'bruke');
// prettier-ignore
const BOT_JOB: readonly (readonly Step[])[] = [
  // "What exactly can you help me with", "hva kan du egentlig gjøre".
  [set('what', 'hva', 'kva', 'ka'), maybe('else', 'more', 'annet', 'mer', 'meir', 'exactly', 'actually', 'really', 'egentlig', 'eigentleg'), set('can', 'could', 'kan'), THE_BOT, SO, maybe(...DOES)],
  // Without the question's inversion: "what you can do?", "show me what you can do", "si hva du kan gjøre", "describe what
  // this bot can do".
  [set('what', 'hva', 'kva', 'ka'), THE_BOT, maybe('bot', 'boten', 'tool', 'app', 'appen', 'thing'), set('can', 'could', 'kan'), SO, maybe(...DOES)],
  // "Not sure what to ask", "vet ikke hva jeg skal spørre om".
  [set('not', 'dont', 'ikke', 'ikkje'), maybe('sure', 'know', 'vet', 'veit'), set('what', 'hva', 'kva'), maybe('to', 'i', ...ASKER), maybe('should', 'skal', 'bør'), ASKING],
  // "Går det an å sjekke flere ting", "is it possible to ask about …".
  [set('går'), set('det'), set('an'), set(...ASK, 'sjekke', 'sjekka', 'faktasjekke', 'lime')],
  [set('what', 'which', 'hva', 'kva', 'hvilke'), KIND, maybe('of'), THINGS, set('can', 'could', 'may', 'should', 'kan', 'får'), maybe(...ASKER, ...ASKED_FOR, 'man'), ASKING],
  // Without the kind: "which questions can I ask", "hvilke spørsmål kan jeg stille".
  [set('what', 'which', 'hvilke', 'kva'), THINGS, set('can', 'could', 'may', 'should', 'kan', 'får'), maybe(...ASKER, ...ASKED_FOR, 'man'), ASKING],
  // "What kind of stuff can you fact-check", "what kind of numbers can you give me", "hva slags ting kan du sjekke".
  [set('what', 'which', 'hva', 'kva', 'hvilke'), KIND, maybe('of'), FIGURES, set('can', 'could', 'kan'), THE_BOT, SO, DOES],
  [set('what', 'hva', 'kva', 'ka', 'vad', 'hvad'), set('can', 'may', 'should', 'kan', 'får', 'skal', 'bør'), maybe(...ASKER, 'man'), ASKING],
  // Without the inversion: "kva eg kan spørje deg om", "what I can ask you".
  [set('what', 'hva', 'kva', 'ka'), set(...ASKER, 'man'), set('can', 'may', 'should', 'kan', 'får', 'skal', 'bør'), ASKING],
  // Whether a question is just typed in: "skriver jeg bare spørsmålet her?", "do I just type the question?".
  [set('skriver', 'skriv', 'type', 'write'), maybe(...ASKER), maybe('bare', 'berre', 'just'), set('spørsmålet', 'spørsmål', 'spørsmåla', 'question', 'questions')],
  // "What kind of stuff do you know about", "hva slags ting vet du om".
  [set('what', 'which', 'hva', 'kva', 'hvilke'), KIND, maybe('of'), THINGS, maybe('do', 'does'), THE_BOT, SO, COVERS],
  // "Which topics do you cover", "hvilke temaer dekker du", "what questions are you able to address".
  [set('what', 'which', 'hvilke', 'hvilken', 'kva'), TOPICS, maybe('do', 'does', 'can'), THE_BOT, SO, COVERS],
  [set('hvilke', 'hvilken', 'kva', 'hva'), TOPICS, COVERS, THE_BOT],
  // The same with the kind: "hva slags spørsmål tar du", "kva slags ting svarar du på".
  [set('hva', 'kva', 'ka', 'hvilke', 'hvilken'), KIND, THINGS, COVERS, THE_BOT],
  [set('what', 'which', 'hvilke', 'kva'), maybe('kind', 'kinds', 'sort', 'sorts', 'type', 'types'), maybe('of'), TOPICS, set('are', 'is', 'er'), THE_BOT, set('able'), set('to'), set('answer', 'address', 'handle', 'cover')],
  // "What are you able to do", "hva er du i stand til å gjøre" (a lone "i" or "å" is no token).
  [set('what', 'hva', 'kva'), set('are', 'er'), THE_BOT, set('able', 'capable', 'stand'), maybe('to', 'of', 'til'), maybe(...DOES, 'doing')],
  // What the asker may ask: "what questions am I allowed to ask", "hvilke spørsmål har jeg lov å stille" (not the UN's "lov").
  [set('what', 'which', 'hvilke', 'hva', 'kva'), maybe(...KIND), maybe('of'), THINGS, maybe('har', 'er', 'am', 'are'), maybe(...ASKER, ...ASKED_FOR, 'man'),
    maybe('har', 'er', 'am', 'are'), set('lov', 'allowed', 'permitted', 'tillatt'), maybe('til', 'to'), ASKING],
  // What the bot is: "what are you (exactly)", "hva er du for noe (egentlig)"; who it is: "who are you", "hvem er du".
  [set('what', 'hva', 'kva', 'ka'), set('are', 'r', 'er', 'e'), set('you', 'u', 'du'), maybe('for'), maybe('noe', 'noko', 'nokka', 'nåkka'), SO],
  [set('who', 'hvem', 'kven', 'kem', 'kæm'), set('are', 'r', 'er', 'e'), set('you', 'u', 'du'), SO],
  // What the bot is for: "what is the function of this bot", "hva er hensikten med boten".
  [set('what', 'hva', 'kva'), maybe('is', 'er', 'e'), maybe('the'), set('function', 'purpose', 'point', 'funksjon', 'funksjonen', 'formål', 'formålet', 'hensikt',
    'hensikten', 'poenget'), maybe('of', 'med', 'til', 'av'), THE_BOT],
  // "Any commands I should know about?", "noen kommandoer jeg bør vite om?".
  [set('any', 'noen', 'nokon'), set('commands', 'command', 'cmds', 'kommandoer', 'kommandoar', 'kommandoane', 'kommandoene')],
  // "Hvilke kommandoer finnes", "what commands are there" (after the longer steps above: the first that matches is taken).
  [set('what', 'which', 'hvilke', 'kva'), TOPICS, set('finnes', 'fins', 'exist', 'are', 'er', 'do', 'har', 'have'), maybe('there', 'det', 'you', 'du')],
  // Whether questions must be put a certain way: "må jeg formulere spørsmålene på en spesiell måte", "do I have to phrase
  // my questions in a special way".
  [set('må', 'bør', 'skal', 'do', 'should', 'must'), maybe(...ASKER), maybe('have'), maybe('to'), set('formulere', 'formulera', 'formulate', 'phrase', 'word', 'skrive', 'write'),
    maybe('my', 'the', 'mine'), set('spørsmålene', 'spørsmåla', 'spørsmål', 'questions', 'question')],
  // Whether anything special must be written: "må jeg skrive noe spesielt?", "do I need to type anything special".
  [set('må', 'bør', 'skal', 'do', 'should', 'must'), maybe(...ASKER), maybe('have', 'need'), maybe('to'), set('skrive', 'skriva', 'write', 'type', 'si', 'say'),
    set('noe', 'noko', 'anything', 'something'), set('spesielt', 'spesiell', 'special', 'særskilt', 'bestemt', 'particular')],
  // Whether the bot is to be tagged or a command used: "skal jeg tagge deg eller bruke /factcheck?", "should I ping you".
  [set('skal', 'should', 'må', 'bør', 'do'), maybe(...ASKER), maybe('have'), maybe('to'), set('tagge', 'tag', 'mention', 'pinge', 'ping')],
  // "Hvordan går jeg frem for å stille deg et spørsmål", "how do I go about asking you something": how to set about asking.
  [set(...HOW), set('går', 'gjer', 'gjør'), maybe(...ASKER, 'man'), set('frem', 'fram'), maybe('for'), maybe('å'), ASKING],
  [set(...HOW), maybe('do', 'should', 'can'), maybe(...ASKER, 'one'), set('go'), set('about'), set(...ASKING, 'asking', 'it', 'this', 'that')],
  // "Hvordan gjør jeg det", "how do I do that" (the lone "I" dropped).
  [set(...HOW), set('gjør', 'gjer', 'do'), maybe(...ASKER, 'do'), set('det', 'dette', 'it', 'that', 'this')],
  // "Do you only know this one article", "kan du bare denne saken": how far the bot's knowledge goes.
  [set('do', 'does', 'can', 'kan', 'vet', 'veit', 'kjenner'), THE_BOT, SO, set('only', 'just', 'bare', 'kun'), maybe('know', 'cover', 'about', 'om')],
  // "Dose" is a common slip for "does".
  [set(...HOW), set('does', 'do', 'is', 'dose'), maybe('the'), THE_BOT, maybe('factcheck', 'fact', 'chat', 'ai'), maybe('bot', 'service', 'thing', 'check', 'checker'),
    maybe('thing', 'bot', 'service'), SO, WORKS],
  // Lost, not knowing what to do here: "not sure what I'm doing here", "vet ikke hva jeg gjør her".
  [set('not', 'dont', 'ikke', 'ikkje'), maybe('sure', 'know', 'vet', 'veit'), set('what', 'hva', 'kva'), maybe(...ASKER), maybe('am', 'er', 'skal'), set('doing', 'gjør', 'gjer')],
  // "What can be asked here", "hva kan man spørre om her".
  [set('what', 'which'), maybe('questions', 'things'), set('can', 'may'), set('be'), set('asked')],
  // "How is this bot meant to be used", "how are you supposed to be used".
  [set(...HOW), set('is', 'are'), THE_BOT, maybe('bot', 'service', 'thing', 'channel'), set('meant', 'supposed'), set('to'), set('be'), set('used')],
  [set(...HOW), WORKS, THE_BOT, maybe('bot', 'boten', 'tjenesten', 'appen', 'thing', 'greia'), SO],
  // Without the question's inversion: "explain how you work", "jeg skjønner ikke hvordan det fungerer", "what kind of
  // questions you can handle".
  [set(...HOW), set(...THE_BOT, 'det', 'du'), maybe('bot', 'boten', 'tjenesten', 'appen', 'thing', 'greia', 'tingen'), maybe('all', 'alt', 'sammen'), SO, WORKS],
  [set('what', 'which', 'hva', 'kva', 'hvilke'), KIND, maybe('of'), THINGS, THE_BOT, set('can', 'could', 'kan'), SO, maybe(...DOES, ...COVERS)],
  [set(...HOW), maybe('do', 'does', 'can', 'should', 'one', 'kan', 'skal', 'to'), maybe(...ASKER, 'one', 'man'), USE, maybe(...ASKER, 'man'), maybe(...THE_BOT, 'deg', 'the'),
    maybe('bot', 'service', 'tjenesten', 'tjeneste', 'tenesta', 'boten', 'appen', 'app', 'thing', 'greia', 'tingen', 'channel', 'kanalen', 'kanal')],
];

/**
 * The words a list of steps can match first: those of its optional steps up to its first required one, and that one's
 * (undefined for a list of optional steps only).
 */
function firstWords(steps: readonly Step[]): Set<string> | undefined {
  const words = new Set<string>();
  for (const step of steps) {
    if ('optional' in step) for (const word of step.optional) words.add(word);
    else {
      for (const word of step) words.add(word);
      return words;
    }
  }
  return undefined;
}

// Per word, the lists of BOT_JOB that can match from it, in BOT_JOB's order (the first that matches is taken): most
// words start none, and a message is not tried against forty lists at every word.
const BOT_JOB_FROM = new Map<string, Array<readonly Step[]>>();
for (const steps of BOT_JOB) {
  const words = firstWords(steps);
  if (words === undefined) throw new Error('help-request: every list of BOT_JOB needs a required step');
  for (const word of words) {
    const lists = BOT_JOB_FROM.get(word);
    if (lists) lists.push(steps);
    else BOT_JOB_FROM.set(word, [steps]);
  }
}

function askedWhatBotDoes(tokens: readonly string[]): Span | undefined {
  for (let from = 0; from < tokens.length; from++) {
    const lists = BOT_JOB_FROM.get(tokens[from]!);
    if (lists === undefined) continue;
    for (let k = 0; k < lists.length; k++) {
      const to = stepsFrom(tokens, from, lists[k]!);
      if (to !== undefined) return { from, to };
    }
  }
  return undefined;
}

/** Where the steps end when they match the tokens from `at`, if they do. */
function stepsFrom(tokens: readonly string[], at: number, steps: readonly Step[]): number | undefined {
  let i = at;
  for (const step of steps) {
    const t = tokens[i] ?? '';
    if ('optional' in step) {
      if (step.optional.has(t)) i++;
    } else if (step.has(t)) i++;
    else return undefined;
  }
  return i;
}

/**
 * Whether a message, from its lower-cased tokens, asks the bot for help with the story and asks nothing of it: as a
 * whole, or sentence by sentence, each asking for help, greeting or telling of the asker ("hey bot, what can you do? can I
 * ask about NK here?", "hva kan du hjelpe meg med? jeg lager en quiz om artikkelen").
 */
export function asksForHelpOnly(typed: readonly string[], cleaned: string): boolean {
  // A hedge closing it offers no other thing asked: "do I just type a question or what?".
  const tokens = beforeHedge(typed) ?? typed;
  const asked = helpAsked(tokens);
  // Most messages ask for no help at all: they are not split into sentences (this runs on every message). Told to check
  // with nothing given is help; what follows such an order, in any sentence, is what to check.
  if (asked === undefined) {
    const ordered = orderedToCheck(tokens);
    return ordered !== undefined && helpOnlyIn(tokens, cleaned, ordered);
  }
  if (helpOnlyIn(tokens, cleaned, asked)) return true;
  const sentences = sentencesOf(cleaned);
  // Once help is asked, leave to ask about a thing named is more of it: "how do I use this bot? can I ask it about X".
  let helped = false;
  return (
    sentences.length > 1 &&
    sentences.every((s) => {
      const typedOwn = messageTokens(s);
      const own = beforeHedge(typedOwn) ?? typedOwn;
      if (helpOnlyIn(own, s, helpAsked(own) ?? (helped ? askedCapability(own) : undefined), helped)) return (helped = true);
      return (
        own.length === 0 || greetsOnly(own) || remarksOnAsker(own, s) || onlyTheStory(own) || newHere(own) || (helped && guessesWhatBotIs(own)) || chatter(s)
      );
    })
  );
}

/**
 * Whether a sentence beside a request for help is chatter: no question, nothing asked for ("Hey, so I'm new here and a
 * bit confused.", "Someone pinged me saying this bot fact-checks an article, but I don't even know which one.").
 */
function chatter(sentence: string): boolean {
  return !isQuestion(sentence) && !statesARequest(sentence);
}

// After "what are you", a guess at it: "some kind of AI?", "er du ikke en sånn faktasjekk-bot?".
// prettier-ignore
const BOT_KINDS = new Set(['ai', 'bot', 'robot', 'chatbot', 'faktasjekk', 'faktasjekker', 'factchecker', 'fact', 'check', 'checker', 'gpt', 'chatgpt',
  'program', 'programme', 'menneske', 'person', 'human', 'maskin', 'machine']);
// prettier-ignore
const GUESSING = new Set(['are', 'r', 'er', 'e', 'you', 'u', 'du', 'not', 'ikke', 'ikkje', 'some', 'kind', 'sort', 'type', 'of', 'sånn', 'slik', 'slags', 'like',
  'liksom', 'or', 'eller', 'what', 'just', 'bare', 'real', 'ekte']);

/** Whether a sentence guesses what the bot is, and asks nothing else ("some kind of AI?", "en sånn faktasjekk-bot?"). */
function guessesWhatBotIs(tokens: readonly string[]): boolean {
  return tokens.some((w) => BOT_KINDS.has(w)) && tokens.every((w) => BOT_KINDS.has(w) || GUESSING.has(w) || STOPWORDS.has(w));
}

// The asker new here, the subject left out as chat does: "Er litt ny her", "new here lol".
const NEW = new Set(['ny', 'new', 'nybegynner', 'newbie']);
// prettier-ignore
const NEW_HERE = new Set([...NEW, 'er', 'e', 'am', 'im', 'litt', 'ganske', 'helt', 'pretty', 'quite', 'bit', 'kind', 'of', 'here', 'her', 'på', 'on', 'discord', 'server', 'serveren', 'lol']);

/** Whether a sentence says only that the asker is new here ("er litt ny her", "I'm new here"). */
function newHere(tokens: readonly string[]): boolean {
  return tokens.some((w) => NEW.has(w)) && tokens.every((w) => NEW_HERE.has(w) || STOPWORDS.has(w));
}

/** Whether a sentence names only the story, or asking about it ("only this one article?", "about the news here?"). */
function onlyTheStory(tokens: readonly string[]): boolean {
  if (tokens.every((w) => STOPWORDS.has(w) || STORY_TASK.has(w) || SCOPE.has(w) || HELP.has(w))) return true;
  // Or asks whether the bot knows only that, a topic of it named: "only stuff about this train thing?", "bare om saken
  // med Nord-Korea og Russland?", "is it only about that 2022 article?" (asking nothing of it: no question word).
  if (tokens.length > MOST_SCOPE_WORDS || !tokens.some((w) => ONLY.has(w)) || tokens.some((w) => QUESTION_WORDS.has(w))) return false;
  // Said of the bot, or a bare fragment: not "did they only send shells?".
  return ONLY.has(tokens[0]!) || (IS_IT.has(tokens[0]!) && THE_BOT.has(tokens[1] ?? ''));
}

const IS_IT = new Set(['is', 'are', 'do', 'does', 'can', 'er', 'e', 'kan', 'vet', 'veit', 'gjelder']);

const ONLY = new Set(['only', 'just', 'bare', 'berre', 'kun']);
// A sentence asking the bot's scope is short: a longer one with "only" asks something ("did they only send shells …").
const MOST_SCOPE_WORDS = 7;

// Asking whether the bot knows only the story: "you only know this one article, right?", "kan du bare denne saken?".
// prettier-ignore
const SCOPE = new Set(['only', 'bare', 'just', 'kun', 'know', 'knows', 'cover', 'covers', 'right', 'correct', 'vet', 'veit', 'kan', 'kjenner', 'dekker', 'vel', 'sant',
  // "… or can you do anything else?", "eller kan du alt mulig?"
  'anything', 'everything', 'else', 'alt', 'mulig', 'annet', 'anna', 'andre',
  // "… and what is outside your scope?", "og hva er utenfor?": what it does not cover.
  'what', 'outside', 'scope', 'beyond', 'limits', 'limitations', 'utenfor', 'begrensninger', 'begrensningene', 'grensene']);

// prettier-ignore
const ONLY_THE_STORY_CHOICE = new RegExp('(?:^| )(?:or|eller) (?:only|just|bare|berre|kun) (?:about |om )?(?:this|that|the|denne|dette|den) ' +
  '(?:one |ene |eine )?(?:article|story|piece|artikkel|artikkelen|sak|saken|saka|nyheten|nyheita)$', 'u');

const LEAVE_ABOUT = new Set(['about', 'om', 'regarding', 'angående']);
const YOU_OR_IT = new Set(['you', 'u', 'it', 'deg', 'den', 'dere']);

/** `helped`: help was asked before these tokens, so leave to ask about a thing named asks more of it. */
function helpOnlyIn(tokens: readonly string[], cleaned: string, asked: Span | undefined, helped = false): boolean {
  // Something asked before the request: "who took the photos, can you help me".
  if (asked === undefined || tokens.slice(0, asked.from).some((w) => QUESTION_WORDS.has(w))) return false;
  // A question put before the request: "did they deny it? can you help me".
  const mark = cleaned.indexOf('?');
  if (mark >= 0 && mark < cleaned.search(HELP_WORD)) return false;
  // Leave to ask about a thing named, after help asked: "how does this work, can I ask about the satellite pictures?".
  // Alone it asks about the thing ("can I ask about the horses"), which its entry answers.
  if (helped && ASK.has(tokens[asked.to - 1]!) && LEAVE_ABOUT.has(tokens[asked.to + (YOU_OR_IT.has(tokens[asked.to] ?? '') ? 1 : 0)] ?? ''))
    if (!tokens.slice(asked.to).some((w) => QUESTION_WORDS.has(w))) return true;
  // Whether the bot does other things too, or only the story: "can you fact check stuff like the iran drones too or only
  // this one article" (what the other things are is not asked of it).
  const rest = tokens.slice(asked.to);
  if (ONLY_THE_STORY_CHOICE.test(rest.join(' ')) && !rest.some((w) => QUESTION_WORDS.has(w))) return true;
  for (let i = asked.to; i < tokens.length; i++) {
    const w = tokens[i]!;
    // Help asked again after it: "can u help me im not sure what to ask".
    if (!STOPWORDS.has(w) && !STORY_TASK.has(w) && !HELP.has(w))
      return i > asked.to && helpOnlyIn(tokens.slice(asked.to), cleaned, helpAsked(tokens.slice(asked.to)), true);
  }
  return true;
}
