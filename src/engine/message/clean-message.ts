import { withoutTakenBackStart } from './self-correction.js';
import { withConfusedWordsPut } from './confused-words.js';
import { mayHaveEmoji, withEmojiAsWords } from './emoji-words.js';
import { withFragmentLinesJoined } from './fragment-lines.js';
import { writtenPunctuation } from './spoken-punctuation.js';
import { withPlainLetters } from './styled-letters.js';
import { withLatinLookAlikes } from './look-alike-letters.js';
import { withCyrillicNamesInLatin } from './cyrillic-names.js';
import { withoutAnswerForm } from './answer-form.js';
import { withoutAskedUnit } from './asked-unit.js';
import { withoutNameHedge } from './name-hedge.js';
import { withStarCorrections } from './star-correction.js';
import { withLeetspeakRead } from './leetspeak.js';

/**
 * What people type in a chat, reduced to the words they ask with: mentions of users, roles and
 * channels, custom and Unicode emoji, links, Markdown marks (bold, code, spoilers, quotes,
 * headings, masked links) and a leading "bot," or "@factbot" carry nothing the article answers.
 * The words inside the markup (a quoted claim, a bold word) stay.
 */
// The domains a site is named by in chat ("tv2.no", "Faktisk.no", "discord-gift.xyz").
const SITE_DOMAINS = 'no|com|org|net|gov|io|co|uk|se|dk|ru|xyz|tv|me|ly|gg';

// Each with what a text must contain for it to match at all (most questions contain none of it).
const REPLACEMENTS: Array<[RegExp, string, RegExp]> = [
  // A pasted chat log's reaction counts ("👍 2"), timestamps and names ("[14:02] ola_n:", "[15.11.22, 19:04] Sigrid:",
  // "mike_t — Today at 08:55", "<rick>"): who said a line and when, no time or figure asked about ("[10:10] wes: what's
  // the weight limit on the bridge" is not about the 10:24 picture).
  [/^[ \t]*(?:\p{Extended_Pictographic}\ufe0f?[ \t]*\d{1,3}[ \t]*)+$/gmu, '', /[^ -~\s]/],
  [
    /^[ \t]*\[(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?[ \t]*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[ap]\.?m\.?)?\][ \t]*(?:[\p{L}\p{N}_.-]{1,32}:[ \t]+)?/gimu,
    '',
    /\[/,
  ],
  [/^[ \t]*[\p{L}\p{N}_. -]{1,32}[ \t]+[—–-][ \t]+(?:today|yesterday|i dag|i går|igår)?[ \t]*(?:at|kl\.?)?[ \t]*\d{1,2}[:.]\d{2}[ \t]*$/gimu, '', /[—–-]/],
  [/^[ \t]*<[\p{L}\p{N}_.-]{1,32}>[ \t]+/gmu, '', /</],
  // Discord's own syntax: <@123>, <@!123>, <@&123>, <#123>, </command:123>, <:name:123>, <a:name:123>, <t:123:R>.
  [/<(?:@[!&]?|#)\d+>/g, ' ', /</],
  [/<\/[\w -]+:\d+>/g, ' ', /</],
  [/<a?:\w+:\d+>/g, ' ', /</],
  [/<t:\d+(?::\w)?>/g, ' ', /</],
  [/@(?:everyone|here)\b/gi, ' ', /@/],
  // Another member named as typed ("@ben", "@ola_n"): whom the message is said to or about, no name the article could know.
  // The bot's own name stays, for the address rules below; an e-mail address is not a mention.
  [/(?<![\p{L}\p{N}_@.])@(?!(?:fact[- ]?bot|faktabot|bot(?:en)?)\b)[\p{L}\p{N}_.]*[\p{L}\p{N}_]/giu, ' ', /@/],
  // [text](url): keep the text, drop the address; bare addresses say nothing a question needs.
  [/\[([^\]]*)\]\((?:[^)\s]*)\)/g, '$1', /\[/],
  [/<?\bhttps?:\/\/[^\s>]+>?/gi, ' ', /:/],
  // A site named by its address ("tv2.no/nyheter/...", "Faktisk.no"): the name stays, its domain and path go (a full stop
  // run into a small letter ends no sentence; see sentences.ts). Not an e-mail address's.
  [new RegExp(String.raw`(?<=[\p{L}\p{N}])(?<!@[\p{L}\p{N}.-]*)\.(?:${SITE_DOMAINS})(?![\p{L}\p{N}])(?:\/\S*)?`, 'giu'), ' ', /\./],
  // A fenced block of code (braces, semicolons, an assignment, a call): pasted code, no question ("```while(true){ spam() }```").
  [/```[^`]*(?:[{};=]|\(\))[^`]*```/g, ' ', /`/],
  // Struck-out words are taken back ("how ~~wide~~ long is the bridge"): what is asked is what stands beside them.
  [/~~[^~\n]{1,80}~~/g, ' ', /~~/],
  // Code fences (with a language named on the fence's own line), inline code, bold, italics, strike, spoilers: the marks
  // go, the words stay ("```who took them```" keeps its "who").
  [/```(?:\w*\n)?/g, ' ', /`/],
  // Not a run of three or more underscores: a blank to fill (see fill-in-blank.ts).
  [/\|\||\*\*|(?<!_)__(?!_)|~~|[*`]/g, ' ', /[|*_~`]/],
  // Line-leading quote and heading marks, list bullets and subtext.
  [/^[ \t]*(?:>>>|>|#{1,3}|-#|[-•])[ \t]+/gm, '', /[>#•-]/],
  // Emoticons made of letters, standing alone ("o_O", "T_T", "xD", ":P", ":-D"): a face, not a word asked with.
  [/(?<!\S)(?:[oO0][_.][oO0]|[tT]_[tT]|[xX][dDpP]|[:;=]-?[dDpPoO]|D:)(?!\S)/gu, ' ', /[_:;=xX]/],
  // :shortcode: emoji as typed on desktop, and Unicode pictographs, flags, skin tones, joiners.
  [/:[a-z0-9_+-]{2,32}:/gi, ' ', /:/],
  [/\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f|\u20e3/gu, ' ', /[^ -~\s]/],
];

/** The bot addressed at the start of a message, after a greeting or not: "bot,", "@factbot", "hei bot". */
const ADDRESS =
  /^(\s*(?:(?:hey|hi|hello|yo|ok|okay|hei|hallo|heisann|halla|hæi)[ ,!]+)?)(?:(?:stupid|dumb|useless|silly|idiot|dumme|teite|ubrukelige) )?@?(?:fact[- ]?bot|faktabot|bot(?:en)?)\b[\s,:;.!-]*/i;
/** The bot called names at the end ("…, useless bot", "idiot bot"): said to it, not asked. */
const CLOSING_INSULT = /[\s,]+(?:you )?(?:stupid|dumb|useless|silly|idiot|dumme|teite|ubrukelige) (?:fact[- ]?bot|faktabot|bot(?:en)?)[\s.!]*$/i;
/**
 * A demand to answer closing a question ("did they deny it or not, quit dodging the question", "…? svar på
 * spørsmålet!"): said to the bot, not asked; "dodging" weighs as evading sanctions.
 */
const CLOSING_DEMAND =
  /(?<=[,.!?])\s*(?:(?:quit|stop) (?:dodging|avoiding|stalling|evading)(?: (?:the|my) question)?|(?:just )?answer (?:the|my) (?:damn )?question|(?:just )?answer me|(?:bare )?svar på spørsmålet(?: mitt)?|(?:slutt|slutte) å (?:unngå|vri deg unna|dille)(?: spørsmålet)?)[\s.!]*$/iu;
/**
 * A demand opening a message, pressing the bot before the claim or question ("Innrøm det: TV 2 er bare et talerør for USA",
 * "admit it, the US made it up", "be honest: …"): said to the bot, not asked; "innrøm" weighs as North Korea's denial.
 */
const OPENING_DEMAND =
  /^(?:(?:just|bare|so|så|come on|kom igjen)[\s,]+)?(?:admit it|confess|be honest|innrøm det|innrøm|innrøm det bare|vær ærlig|ver ærleg|si det som det er)\s*[,:;.!–—-]+\s*(?=\p{L})/iu;

/**
 * A role to play opening a message, then a question ("pretend you're a journalist: who took the pictures?", "lat som du er
 * etterforsker – hva var synlig ved Khasan?", "lat som du er togfører 😄 hvor mange vogner …", where the emoji left a
 * gap): made a sentence of its own, so the question beside it is answered (as itself, without the role) and the role is
 * not played (see answeringPart).
 */
const ROLE_OPENING =
  /^((?:pretend|imagine|role-?play|lat som|late som|tenk deg at|forestill deg at|se for deg at)\s[^:–—.!?\n]{1,80}?)(?:\s*[:–—,]|\s+-|\s{2,}(?=(?:hva|hvem|hvor|når|hvorfor|hvordan|hvilken|kva|kven|kor|what|who|where|when|why|how|which)\s))\s*(?=\p{L})/iu;
/**
 * A greeting that opens a longer message, said in passing: "hey so what time was the first picture",
 * "hei kan du si meg hva toget hadde". Made a sentence of its own, so the question after it is matched
 * without it (a greeting's words outweigh a question's in a short message). Four words at least: "hallo, er
 * du der?" and "hello there bot" are greetings whole.
 */
const OPENING_GREETING =
  /^((?:hey+|hi+|hiya|hello|howdy|yo|hei+|hallo|hallais|halla|heisann|hæi|hej|heia|morn|god ?morgen|good (?:morning|afternoon|evening)))[\s,!.]+(?=\p{L}\S*(?:\s+\S+){3})/iu;
/**
 * A letter's sign-off and the name under it ("Med vennlig hilsen Kari", "Helsing Olav", "Kind regards, Harold", "Takk på forhånd.",
 * "det var alt for nå"):
 * how a message ends, not what it asks; a name signed weighs as a name the article does not know. At the end of a
 * message, after a sentence's end.
 */
const SIGN_OFF =
  /(?<=[.!?])\s*(?:(?:med |mange |beste |varme )?(?:vennlig(?:e)? |venleg(?:e)? |vennleg(?:e)? )?(?:hilsen(?:er)?|helsing(?:ar)?)|mvh\.?|(?:with )?(?:kind |best |warm )?regards|(?:yours )?(?:sincerely|faithfully|truly|respectfully)|(?:best|kind|warm) wishes|all the best|(?:tusen |mange )?takk på forhånd|(?:det (?:var|er) alt|that(?:['’]s| is|s) all)(?: for (?:nå|no|i dag|idag|now|today))?|thanks? (?:you )?in advance|ærbødigst|(?:deres |din )?hengivne?|vennligst)[\s,.!:-]*(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})?(?:,?\s*(?:\(\d+\)|\d+ år))?[\s.!]*$/iu;
/**
 * A phone's or mail app's signature closing the message ("Sent from my iPhone", "Sendt fra min Samsung-mobil", "Get Outlook
 * for Android"): what the asker wrote with, not what they ask.
 */
const DEVICE_SIGNATURE = /(?<=\s|^)(?:sent from my|sendt fra min|sendt frå min|skickat från min|get outlook for)\s[^\n]{1,40}\s*$/iu;

/**
 * A letter's salutation ("Dear bot,", "Dear Sir or Madam,", "Kjære redaksjon.", "Til den det måtte gjelde."), after a
 * greeting or not: whom it is written to, not what it asks; "dear", "sir" and "gjelde" weigh as words no entry knows.
 */
const SALUTATION =
  /^(\s*(?:(?:god ?(?:morgen|dag|kveld|aften)|good (?:morning|afternoon|evening|day)|hello|hi|hei|hallo)[.,!]?\s+)?)(?:(?:dear|kjære|ærede)\s+(?:(?:sir|madam)(?:\s+or\s+madam)?|bot|factbot|assistant|fact[- ]?checker|faktasjekker|team|all|alle|deg|dere|dem|editors?|redaksjon(?:en)?|(?:fakta-?)?tjeneste(?:n)?|mottaker)|to\s+whom\s+it\s+may\s+concern|til\s+den\s+(?:det|dette)\s+(?:måtte\s+gjelde|gjelder))[\s,:;.!-]+(?=\p{L})/iu;
/**
 * A worksheet's task number before its question ("oppgave 5 b)", "oppg 2:", "Task 2c)", "Q4:"): which task it is, not
 * what it asks; "5b" and "2c" weigh as figures the article does not give.
 */
// Spaces bounded: three unbounded runs in a row tried every split of a long run of spaces (0.5 ms at 1,000 characters).
const TASK_LABEL = /^(?:oppgave|oppgåve|oppg\.?|task|exercise|question|spørsmål|q)\s{0,3}\d+\s{0,3}(?:[a-h](?![\p{L}\p{N}]))?\s{0,3}[).:-]\s*/iu;
/**
 * A request to check put as a label before the statement ("fact check: the bridge reopened in August", "faktasjekk
 * pls: …", "search: the horse train"): what is to be checked or looked up is what follows. Matched with it, "fact check" pulls any statement to the story's own
 * verdict on the arms claim, whose examples ask for a fact check.
 */
const CHECK_LABEL =
  /^(?:fact[- ]?check(?:ing)?|faktasjekk(?:e)?|check|sjekk|search|søk|lookup|look up|query)(?: (?:this|dette|pls|please|plz|for me|for meg|request))*\s*:\s*(?=\S)/iu;
/**
 * A command typed as to a command-line bot ("!factcheck what was on the train", "/sjekk tog over grensen", "/ask who …"):
 * the command says how to treat what follows, and its word ("factcheck") would pull any question to the arms claim.
 */
const TYPED_COMMAND = /^[!/](?:fact[- ]?check|factcheck|faktasjekk|fc|check|sjekk|verify|ask|spør|q|question|spm)\b[\s:]*(?=\S)/iu;
/**
 * A pasted post's label before it ("Fwd: …", "tweet: '…'", "overskrift: …"): it says where the text comes from, and its
 * word would weigh as one no entry knows.
 */
const FORWARD_LABEL = /^(?:fwd?|vs|videresendt|tweet|post|headline|overskrift|melding|message|screenshot|skjermbilde)\s{0,3}:\s*(?=\S)/iu;
/**
 * The asker announcing a change of subject before the question ("unrelated but whats the weather in oslo", "off topic:
 * …", "random question, …", "helt urelatert men …"): it says the question is off the story, which the question's own
 * words show; its word would weigh as one the story uses ("unrelated" as the containers at the station are).
 */
const TOPIC_SWITCH =
  /^(?:(?:ok|okay|so|anyway|uansett|ok så|så)[\s,]+)?(?:(?:totally|completely|slightly|kinda|somewhat|a bit|helt|litt|totalt)\s+)?(?:unrelated|off[- ]?topic|random|different|another|urelatert|ikke relatert|ikkje relatert|på siden|et annet|eit anna|noe annet|noko anna)(?:\s+(?:question|q|thing|spørsmål|spm|ting))?(?:\s*[:,–—-]\s*(?:but\s+|men\s+)?|\s+(?:but|men)\s+)(?=\p{L}\S*(?:\s+\S+){1})/iu;

// A reply's quote, then a change of subject ("> the think tank is based in Washington\nunrelated but …"): the quote goes too.
const QUOTE_BEFORE_SWITCH = new RegExp(`^(?:[ \\t]*>[^\\n]*\\n)+[ \\t]*(?=${TOPIC_SWITCH.source.slice(1)})`, 'iu');

/**
 * Hashtags closing a pasted post or the message ("«…» #Ukraina. Stemmer det?", "… hva sier saken om det? #Shahed"): a
 * post's labels, not what is asked. Not a channel named as a place ("what did Mikkel say in #general"), nor a figure ("#2").
 */
const CLOSING_TAGS =
  /(?<=[»"”'?!.]|^)(?:\s*#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+)+|(?<!(?:^|\s)(?:in|on|at|to|from|i|på|fra|frå|til))(?:\s+#(?=[\p{N}_]*\p{L})[\p{L}\p{N}_]+)+\s*$/giu;
// "Resolution #?", "which resolution # is it": the sign read as the word ("pic #2", a figure, is no label either).
const NUMBER_SIGN = /(?<=\p{L}\s?)#(?=\s|[?!.]|$)/gu;

/**
 * What the asker says they did not mean, pushing back on an answer ("nei jeg mente ikke broen, jeg mente stasjonen", "I
 * didn't mean the bridge,", "jag menade inte bron."): the thing rejected is not what is asked, and its words would pull
 * the answer back to it. Up to the end of that clause, when a question follows it.
 */
const REJECTED =
  /\b(?:(?:jeg|eg|æ|jag|jeg|i)\s+)?(?:mente|meinte|meina|menade|mener|meiner|spurte|spurde|frågade|spurgte)\s+(?:ikke|ikkje|itj|inte|ikk)\s+[^,.;:!?\n]{1,60}[,.;:!](?=\s*\p{L})|\b(?:i\s+)?(?:did\s+not|didn't|didnt)\s+(?:mean|ask\s+about|ask)\s+[^,.;:!?\n]{1,60}[,.;:!](?=\s*\p{L})/giu;

/**
 * What the asker says is not meant, closing the message ("what was on it. the train i mean, not the bridge", "hvor lang er
 * brua, ikke toget"): its words would pull the answer to the thing set aside. A thing named (the, den, a definite noun),
 * so not a tag ("…, ikke sant?") nor a hedge ("…, not sure"); nor a direction or a figure put right, which is what is
 * checked ("from Russia into North Korea, not the other way?", "in the 80s, not the 90s").
 */
const CLOSING_NOT =
  /\s*[,;–—-]\s*(?:(?:and|but|men|og)\s+)?(?:not\s+(?:about\s+)?(?:the|that|those|this|these)\s+(?!other\b|\S*\d)[^,.;:!?\n]{1,40}?|(?:ikke|ikkje|itj)\s+(?:om\s+)?(?:(?:den|det|de|dei|disse)\s+)?\p{L}+(?:en|a|et|ene|ane|na))\s*[.!?]*\s*$/iu;

/**
 * A doubt closing a question ("is kim a good rider, or is that just propaganda?", "krysset toget, eller er det bare
 * propaganda?"): whether it is so is what the entry's status tells; its words ("propaganda", "fake") would draw the
 * claims' entries, not the one asked about. Only after a question of three words or more.
 */
const CLOSING_DOUBT =
  /(?<=\p{L}\S*(?:\s+\S+){2,}?)\s*[,;–—-]?\s+(?:or|eller)\s+(?:is|was|are|er|var|e)\s+(?:that|this|it|all\s+that|det|dette|alt\s+det)\s+(?:(?:just|only|all|simply|bare|berre|kun|bare\s+en|just\s+a|only\s+a)\s+)?(?:propaganda|fake(?:\s+news)?|made\s+up|a\s+lie|lies|hype|spin|a\s+rumou?r|rumou?rs|løgn|løgner|oppspinn|rykter?|tull|fake\s+news|falske\s+nyheter)(?:\s+(?:lol|lmao|haha))?\s*[.!?]*\s*$/iu;

/**
 * Whether it is known, asked after the question ("hva var lasten på toget, fant de ut det?", "who took them, does anyone
 * know?", "…, is that confirmed?"): what is and is not known is what the entry's answer tells; "found", "know" would
 * draw other entries. Only after a comma and a question of three words or more.
 */
const CLOSING_KNOWN =
  /(?<=\p{L}\S*(?:\s+\S+){2,}?)\s*[,;–—-]\s*(?:(?:and|but|og|men)\s+)?(?:(?:did|do|does|have|has)\s+(?:they|we|you|anyone|anybody|someone|somebody|people)\s+(?:ever\s+)?(?:find\s+(?:that\s+|it\s+)?out|found\s+(?:that\s+|it\s+)?out|know|figured?\s+(?:that\s+|it\s+)?out)|(?:is|was)\s+(?:that|it|this)\s+(?:known|confirmed)|(?:fant|fann|finner|har)\s+(?:de|dei|man|noen|nokon|vi)\s+(?:ut\s+(?:av\s+)?(?:det|dette)|(?:det|dette)\s+ut|funne[tn]?\s+ut\s+(?:av\s+)?(?:det|dette))|(?:vet|veit|visste|veiss|vett)\s+(?:de|dei|man|noen|nokon|vi|folk)\s+(?:det|dette|noe\s+om\s+det|noko\s+om\s+det)|(?:er|var|e)\s+(?:det|dette)\s+(?:kjent|bekreftet|stadfesta|klart))(?:\s+(?:egentlig|eigentleg|da|nå|no|yet|ennå|enda|even|though))?\s*[?.!]*\s*$/iu;

/**
 * What the asker is doing, closing the request after a comma ("gimme the gist in two sentences, doing a 90 sec news slot at
 * 7", "…, jobber med et innslag til i kveld"): why they ask, not what; its words ("slot", "7") would read as asked.
 */
const CLOSING_ASKERS_DOING =
  /,\s*(?:(?:i'?m|im|i\s+am|we'?re|we\s+are|jeg\s+er|eg\s+er|vi\s+er)\s+)?(?:doing|working\s+on|writing|preparing|prepping|making|recording|jobber\s+med|jobbar\s+med|skriver|lager|lagar|forbereder)\s+(?:a|an|my|our|the|en|ei|et|eit|ein)\s+[^,.?!\n]{1,60}[.!]*\s*$/iu;

/**
 * What the asker sets aside before the question, narrowing it ("not the bridge, the station: how far from the border?",
 * "ikke når den ble stengt, men når ble broen bygd?", "I don't mean the train, I mean the horses", "setting aside the
 * shells - what did Kirby say"): what is not asked goes, and its words with it. Opening the message, up to the first
 * break, when three words or more follow it ("ikke bekreftet, sier du?" pushes back on an answer; it sets nothing aside).
 */
const NARROWED =
  /^\s*(?:(?:no|nei|nope),?\s+)?(?:not|ikke|ikkje|itj|inte|(?:i\s+)?(?:don't|dont|do\s+not)\s+mean|(?:jeg|eg|æ)\s+(?:mener|meiner|mein|mene)\s+(?:ikke|ikkje|itj)|(?:setting|leaving|putting)\s+aside|(?:bortsett|bortsatt)\s+fr[aå]|(?:se|sjå)\s+bort\s+fr[aå]|(?:apart|aside)\s+from|forget(?:\s+about)?|glem|besides|other\s+than|except(?:\s+for)?|utenom|utanom|annet\s+enn|anna\s+enn|foruten|i\s+tillegg\s+til)\s+[^.?!\n]{1,80}?(?:\s*[,;:–—]\s*|\s+-+\s+|\.+\s*|\s+(?=(?:but|men|i\s+mean|jeg\s+mener|eg\s+meiner|æ\s+mene)\s))(?:(?:but|men)\s+)?(?=\p{L}\S*(?:\s+\S+){2})/iu;

/** "…, do you think, whether …", "…, tror du, om …": set off by commas, with more after it. */
const PASSING_THINK = /,\s*(?:do you think|would you think|you think|tror du|trur du)\s*,\s*(?=\p{L}\S*\s+\S)/giu;

/**
 * The bot greeted or mentioned by name later in a message ("okay google no wait hey factbot how many …", "spør boten.
 * @factbot hva vet vi …"): what came before was said to someone else, so the address ends a sentence.
 */
const LATER_ADDRESS = /(?<=\S)[\s,]+(?:(?:hey|hi|hello|hei|hallo)[ ,]+@?|@)(?:fact[- ]?bot|faktabot)\b[\s,:;.!-]*/gi;

/**
 * The numbers of a list of questions ("1) who took the pictures 2) when", "(1) … (2) …", "Q1: … Q2: …", "1. hvem\n2. når"):
 * each item is a sentence of its own, its number no figure asked about. "1." only opening a line: "den 12. november".
 */
const LIST_NUMBER = /(?:^|(?<=\s))(?:\(\d{1,2}\)|\d{1,2}\)|q\d{1,2}[:.)]?)\s+|^[ \t]*\d{1,2}\.[ \t]+/gimu;
const MAY_NUMBER_LIST = /\d[.)]|q\d/i;

// Any character one of REPLACEMENTS needs (the union of their third members), or a site's address: a plain ASCII
// question has none, and skips their tests.
const MARKUP = new RegExp(String.raw`[<@[:\`|*_~>#-]|[^ -~\s]|\w\.(?:${SITE_DOMAINS})\b`, 'i');

// What the spacing clean-up below would change: a tab, two spaces, or a line break (with any space around it).
const SPACING = /[\t\n]| {2}/;

export function cleanMessage(message: string): string {
  const text = message.includes('>') ? message.replace(QUOTE_BEFORE_SWITCH, '') : message;
  let cleaned = withoutAnswerForm(
    writtenPunctuation(withLeetspeakRead(withCyrillicNamesInLatin(withLatinLookAlikes(withPlainLetters(withStarCorrections(text)))))),
  );
  if (cleaned.includes('\n')) cleaned = withFragmentLinesJoined(cleaned);
  // Indexed, not for-of and destructuring: any æ/ø/å gets here, and those allocate per step until V8 has optimised this.
  if (MARKUP.test(cleaned)) {
    // Emoji that stand for words are read as them before the rest go.
    if (mayHaveEmoji(cleaned)) cleaned = withEmojiAsWords(cleaned);
    for (let i = 0; i < REPLACEMENTS.length; i++) {
      const replacement = REPLACEMENTS[i]!;
      if (replacement[2].test(cleaned)) cleaned = cleaned.replace(replacement[0], replacement[1]);
    }
  }
  // A greeting before the address stays, as a sentence of its own: "hei bot, hvem …" -> "hei. hvem …".
  cleaned = cleaned.replace(ADDRESS, greetingKept);
  cleaned = cleaned.replace(OPENING_GREETING, '$1. ');
  cleaned = cleaned
    .replace(TYPED_COMMAND, '')
    .replace(TASK_LABEL, '')
    .replace(CHECK_LABEL, '')
    .replace(FORWARD_LABEL, '')
    .replace(TOPIC_SWITCH, '')
    .replace(OPENING_DEMAND, '')
    .replace(ROLE_OPENING, '$1. ');
  if (cleaned.includes('#')) cleaned = cleaned.replace(CLOSING_TAGS, '').replace(NUMBER_SIGN, ' number');
  if (/sent|sendt|skickat|outlook/i.test(cleaned)) cleaned = cleaned.replace(DEVICE_SIGNATURE, '');
  // Only after a sentence's end: "what does regards mean" asks about the word.
  if (
    /hilsen|helsing|mvh|regards|sincerely|faithfully|truly|respectfully|forhånd|advance|wishes|all the best|ærbødig|hengiv|vennligst| alt\b| all\b/i.test(
      cleaned,
    )
  )
    cleaned = cleaned.replace(SIGN_OFF, '');
  cleaned = cleaned.replace(SALUTATION, '$1');
  if (/bot/i.test(cleaned)) cleaned = cleaned.replace(LATER_ADDRESS, '. ').replace(CLOSING_INSULT, '');
  if (/dodg|avoid|stall|evad|answer|svar|unngå|vri|dille/i.test(cleaned)) cleaned = cleaned.replace(CLOSING_DEMAND, '');
  if (/\b(?:ikke|ikkje|itj|inte|ikk|not|didn't|didnt)\b/i.test(cleaned)) cleaned = cleaned.replace(REJECTED, ' ').replace(CLOSING_NOT, '');
  if (/propaganda|fake|made up|lie|hype|spin|rumou?r|løgn|oppspinn|rykte|tull|falske/i.test(cleaned)) cleaned = cleaned.replace(CLOSING_DOUBT, '?');
  if (/doing|working|writing|prep|making|recording|jobb|skriver|lage?r|forbereder/i.test(cleaned)) cleaned = cleaned.replace(CLOSING_ASKERS_DOING, '');
  if (/know|f[oi]u?nd|figure|fant|fann|finner|funne|ve[it]|visste|kjent|confirmed|bekreftet|stadfesta|klart/i.test(cleaned))
    cleaned = cleaned.replace(CLOSING_KNOWN, '?');
  cleaned = withoutAskedUnit(cleaned);
  if (
    /^\s*(?:no|nei|nope|not|ikk|itj|inte|i\s|don|do\s|jeg|eg|æ|setting|leaving|putting|bort|se|sjå|apart|aside|forget|glem|besides|other|except|utenom|utanom|annet|anna|foruten)/i.test(
      cleaned,
    )
  )
    cleaned = cleaned.replace(NARROWED, '');
  cleaned = withoutNameHedge(withConfusedWordsPut(withoutTakenBackStart(cleaned)));
  // "Would it be possible to say, do you think, whether …": the bot's view asked in passing, around a question of fact.
  if (/think|tror|trur/i.test(cleaned)) cleaned = cleaned.replace(PASSING_THINK, ', ');
  if (MAY_NUMBER_LIST.test(cleaned)) cleaned = cleaned.replace(LIST_NUMBER, '\n');
  // A message without tabs, double spaces or line breaks is left as it is (no copy).
  if (SPACING.test(cleaned)) cleaned = cleaned.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n');
  return cleaned.trim();
}

function greetingKept(_: string, greeting: string): string {
  return greeting.trim() ? `${greeting.trim().replace(/[,!]$/, '')}. ` : '';
}
