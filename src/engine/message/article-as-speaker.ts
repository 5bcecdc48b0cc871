import { MachineCodePattern } from './machine-code-pattern.js';
import { withoutWrapping } from './wrapping.js';

// The article, by its outlet or as the article.
const THE_ARTICLE = '(?:tv ?2|the article|the story|the piece|this article|this story|the text)';
const THE_ARTICLE_NB = '(?:tv ?2|artikkelen|saken|saka|teksten)';
// The article as read or seen: "the TV 2 piece", "this article", "tv2-saken".
const A_READ_ARTICLE = '(?:the |this |that |your |an )?(?:tv ?2 |nrk )?(?:piece|article|story|report|news story|news article)';
const A_READ_ARTICLE_NB = '(?:den |denne |det |dette )?(?:tv ?2 )?(?:saken|saka|artikkelen|nyheten|nyheita|reportasjen|teksten)';

/**
 * The article named as the one who says something ("what does TV 2 say about the horses", "is that also what TV 2
 * reports", "ifølge artikkelen"): every entry is what the article says, so what it says it about is asked, not the
 * article itself ("TV 2" matched the entry on the article).
 */
// prettier-ignore
const ARTICLE_SPEAKS = new RegExp(
  '(?:^| )(?:' + [
    // Whether what was just said is in the article ("someone said the train ended up at Khasan. is that actually in the
    // article?", "står det i saken?", "does the article say that?"): what was said is asked. First, as the shorter readings
    // below would leave their "that" or "egentlig".
    `(?:is|was) (?:that|this|it) (?:actually |really |even |also )?(?:in|mentioned in|said in) ${THE_ARTICLE}`,
    `(?:does|did) ${THE_ARTICLE} (?:actually |really |even |also )?(?:say|mention|report) (?:that|this|so|it)`,
    `(?:står|stend) (?:det|dette) (?:egentlig |faktisk |virkelig |også )?(?:i )?${THE_ARTICLE_NB}`,
    `(?:sier|seier|skriver|nevner) ${THE_ARTICLE_NB} (?:egentlig |faktisk |virkelig |også )?(?:det|dette|noe sånt)`,
    `(?:so |and |but )?what (?:does|did|do|is) ${THE_ARTICLE} (?:say|says|saying|write|writes|report|reports|tell us|mention)(?: about| on| of| regarding)?`,
    `(?:according to|per) ${THE_ARTICLE}`, `(?:is (?:that|this|it) )?(?:also )?what ${THE_ARTICLE} (?:says|reports|writes|said|reported|wrote)`,
    `(?:hva|kva|ka) (?:sier|seier|sei|skriver|skriv|melder|forteller|rapporterer) ${THE_ARTICLE_NB}(?: om)?`, `(?:ifølge|ifylgje|iflg) ${THE_ARTICLE_NB}`,
    `(?:er det )?(?:det )?(?:samme som )?(?:det )?(?:som )?${THE_ARTICLE_NB} (?:skriver|skriv|sier|seier|melder)`,
    // The asker saying they read it, before asking ("Saw the TV 2 piece, who took the pictures?", "leste saken på tv2, …").
    `^(?:just |recently )?(?:saw|seen|read|watched|have read|was reading|been reading|came across|looked at) ${A_READ_ARTICLE}(?: (?:on|from|at|by|in) (?:tv ?2|the news|nrk))?`,
    `^(?:jeg |eg |æ )?(?:har )?(?:nettopp |akkurat )?(?:leste|lest|las|så|sett|såg) ${A_READ_ARTICLE_NB}(?: (?:på|fra|frå|hos|i) (?:tv ?2|nrk|nettet|nyhetene))?`,
    // Whether the article tells something ("does the article mention a horse train", "does it say how many pictures there
    // were", "is there anything in there about the bridge", "nevner artikkelen FN?", "står det noe om rakettene?"): what
    // it would tell is asked; the entry that gives it answers, and a detail no entry gives is declined as any other.
    `(?:does|did|do|will) (?:${THE_ARTICLE}|it)(?: even| actually| also| ever)? (?:say|mention|tell us|tell|cover|talk about|discuss|bring up|go into|get into|touch on|specify|state|report|explain)(?: anything| something| much)?(?: (?:about|on|of|regarding|whether|if))?`,
    `(?:is|was) there (?:anything|something|any mention|a mention|mention|much)(?: at all)?(?: in (?:there|it|${THE_ARTICLE}))? (?:about|on|of|regarding)`,
    `(?:nevner|nemner|omtaler|omtalar) (?:${THE_ARTICLE_NB}|de|dei|dem|di)(?: (?:noe|noko|nåke) (?:om|med))?`,
    `(?:sier|seier|skriver|skriv|forteller|fortel) (?:${THE_ARTICLE_NB}|de|dei|dem|di|det)(?: (?:noe|noko|nåke|noka|nå))(?: (?:om|angående))?`,
    // A lone "i" is dropped before this is read (see messageTokens).
    `står det(?: (?:noe|noko|nåke|nå|mye|noen ting))?(?: (?:på )?(?:${THE_ARTICLE_NB}|der))?(?: (?:om|angående))?`,
    // Where in the article something is said ("where in the piece does it say …", "which paragraph mentions …", "kvar i
    // artikkelen står det om …", "hvor er biten om …"): what is said there is asked, the entry telling it answers.
    `(?:where|which part|what part|which line|which paragraph|what paragraph|which section|which bit)(?: of| in)?(?: the| this)?(?: article| piece| story| text)?(?: does it| do they| is it)? (?:say|says|said|mention|mentions|mentioned|talk about|cite|cites|discuss|state|states|is)(?: that| about)?`,
    `where is the (?:bit|part|line|paragraph) (?:about|on|that says)`,
    `(?:hvor|kvar|kor)(?:(?: i)? (?:artikkelen|saken|saka|teksten))? (?:(?:står|stend)(?: det)?|(?:kommer|kjem) det (?:fram|frem))(?: noe| noko)?(?: om| at)?`,
    `(?:hvor|kvar|kor) (?:nevnes|nemnast|omtales)`,
    `(?:hvor|kvar|kor) er (?:biten|delen|avsnittet|linja|linjen) (?:om|der|som)`,
    `(?:hvilket|kva for eit|hvilken|hvilke) (?:avsnitt|del|linje|setning)(?:(?: i)? (?:artikkelen|saken|saka))? (?:nevner|nemner|sier|seier|handler om|handlar om|tar opp|omtaler)(?: at)?`,
    // The article's own time, as a reader years later puts it ("as of when this was written", "da artikkelen ble
    // skrevet"): the time the article tells of, no question about the article.
    `(?:at the time|as of when|as of|when|by the time) (?:this|the|that) (?:tv ?2 )?(?:piece|article|story|text|report)? ?(?:came out|was written|was published|was released|ran|appeared)`,
    `(?:da|når|mens) (?:denne |den )?(?:artikkelen|saken|saka|teksten|den|det) (?:ble|blei|vart|var|er) (?:skrevet|skrive|skreve|publisert|laget|laga)`,
    // Where the asker means to look, closing a message that asks so: "nevner de Putin i artikkelen?", "does it mention
    // Putin in the story?" (not "hvem skrev saken").
    `(?:på |in |on )?(?:the |this )?(?:artikkelen|saken|saka|teksten|article|story|piece|text)$(?<=^(?:(?:men|og|så|but|and|so) )?(?:nevner|nemner|omtaler|omtalar|står|does|did|do) .*)`,
  ].join('|') + ')(?= |$)', 'gu');
const ARTICLE_WORDS = new Set([
  ...['tv', 'tv2', 'article', 'story', 'piece', 'report', 'text', 'artikkelen', 'saken', 'saka', 'teksten', 'nyheten', 'reportasjen'],
  ...['mention', 'nevner', 'nemner', 'omtaler', 'omtalar', 'står', 'stend', 'there', 'it', 'noe', 'noko', 'nåke', 'noka'],
  ...['where', 'which', 'hvor', 'kvar', 'kor', 'hvilket', 'hvilken', 'hvilke', 'paragraph', 'avsnitt', 'line', 'linja', 'part'],
  ...['written', 'published', 'skrevet', 'skrive', 'skreve', 'publisert'],
]);

// Compiled to machine code on first use (see machine-code-pattern.ts).
const ARTICLE_SPEAKS_WRAPPING = new MachineCodePattern(ARTICLE_SPEAKS);

/** The tokens without the article named as the one who says what they ask about, or the tokens themselves. */
export function withoutArticleAsSpeaker(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => ARTICLE_WORDS.has(t))) return tokens;
  return withoutWrapping(tokens, ARTICLE_SPEAKS_WRAPPING, 1);
}
