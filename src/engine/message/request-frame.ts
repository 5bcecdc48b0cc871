/**
 * The polite wrapping of a question: "could you kindly tell me how long the bridge is", "I was
 * wondering when …", "kan du sjekke om det stemmer at …", "vet du …". Its words ask nothing of the
 * article ("tell", "check", "kindly" are help's words), so matching reads the question without them.
 */
// Who may pass hearsay on to be checked (see REQUEST).
// prettier-ignore
const HEARSAY_SOURCES = [
  'friend', 'friends', 'buddy', 'mate', 'pal', 'uncle', 'aunt', 'dad', 'father', 'mom', 'mum', 'mother', 'brother', 'sister', 'cousin',
  'grandpa', 'grandma', 'grandad', 'granddad', 'nan', 'colleague', 'coworker', 'neighbour', 'neighbor', 'boss', 'wife', 'husband', 'someone',
  'somebody', 'guy', 'venn', 'venninne', 'vennen', 'venninna', 'venninnen', 'kompis', 'kompisen', 'kamerat', 'onkel', 'onkelen', 'tante',
  'tanta', 'tanten', 'pappa', 'mamma', 'far', 'mor', 'faren', 'moren', 'bror', 'broren', 'søster', 'søsteren', 'søstera', 'fetter', 'fetteren',
  'kusine', 'kusina', 'bestefar', 'bestemor', 'farfar', 'morfar', 'farmor', 'mormor', 'kollega', 'kollegaen', 'nabo', 'naboen', 'sjefen',
  'kona', 'mannen', 'noen', 'noken', 'nokon',
  // At school and at home: "min lærer sa at …", "my son says …".
  'teacher', 'lærer', 'læreren', 'lærar', 'læraren', 'classmate', 'klassekamerat', 'klassekameraten', 'son', 'daughter', 'sønn', 'sønnen',
  'datter', 'dattera', 'datteren', 'kid', 'grandson', 'granddaughter', 'barnebarn', 'barnebarnet', 'parents', 'foreldrene', 'girlfriend',
  'boyfriend', 'kjæresten', 'roommate',
].join('|');

// Where hearsay may be read or heard (see REQUEST).
// prettier-ignore
const MEDIA_EN = ['radio', 'tv 2', 'tv2', 'tv', 'telly', 'news', 'facebook', 'fb', 'twitter', 'x', 'tiktok', 'reddit', 'instagram', 'insta', 'youtube', 'internet',
  'web', 'podcast', 'paper', 'papers', 'newspaper', 'feed', 'group chat', 'groupchat', 'chat', 'whatsapp', 'snapchat', 'telegram', 'discord'].join('|');
// prettier-ignore
const MEDIA_NB = ['radioen', 'radio', 'tv', 'tv en', 'nyhetene', 'nyheitene', 'facebook', 'fb', 'face', 'tiktok', 'twitter', 'nettet', 'internett',
  'p4', 'p1', 'p3', 'nrk', 'dagsrevyen', 'insta', 'instagram', 'youtube', 'reddit', 'snap', 'snapchat', 'avisa', 'avisen', 'gruppechatten',
  'chatten', 'messenger', 'telegram', 'discord', 'podkast', 'podcast'].join('|');

// Where the asker met who passed hearsay on ("a guy at work says", "en på jobben mente at").
const PLACES = ['work', 'school', 'the office', 'uni', 'jobben', 'jobb', 'skolen', 'klassen', 'kontoret', 'jobbet'].join('|');

// prettier-ignore
const REQUEST = new RegExp(
  '(?:^| )(?:' + [
    // English: "could you (please|kindly) tell/explain/check (for) me", "do you know", "i was wondering", "i would like to know"
    '(?:could|can|would|will) you (?:please |kindly |pls |plz |just |be so (?:good|kind) as to )*(?:tell|explain|show|check|fact check|fact checke|factcheck|confirm|verify|clarify|say|find out|enlighten)(?: to)?(?: for)?(?: me| us)?(?: please)?',
    // "kan du faktasjekke hvem som tok bildene", with the English verb too ("kan du fact-checke …").
    '(?:kan|kunne|vil|ville) (?:du|de|dere) (?:please |bare |gjerne )*(?:sjekke|sjekka|faktasjekke|faktasjekka|fact checke|fact checka|fact check)(?: for (?:meg|oss))?(?: om)?(?= (?:hvem|hva|når|hvor|hvorfor|hvordan|hvilken|hvilket|hvilke|kva|kven|kvar|kvifor|korleis|kor|ka|kem|om|at) )',
    // Help asked with what follows: "can you help me understand who took the pictures", "kan du hjelpe meg å forstå hvem …".
    // Not "what can you help me with": that asks what the bot does.
    '(?<!(?:what|how|hva|hvordan|kva|korleis|ka|åssen) )(?:could|can|would|will) you (?:please |kindly |pls |plz )*help (?:me|us)(?: to)?(?: (?:understand|find out|figure out|work out|check|see|know))?',
    '(?<!(?:what|how|hva|hvordan|kva|korleis|ka|åssen) )(?:kan|kunne|vil|ville) (?:du|de|dere) (?:please |bare |gjerne )*(?:hjelpe|hjelpa) (?:meg|oss)(?: (?:med )?å)?(?: (?:forstå|skjønne|finne ut|sjekke|sjå|se))?',
    // A letter's asking: "may I enquire which …", "jeg tillater meg å spørre om …" (a lone "i" is dropped before this).
    'may (?:i |we )?(?:kindly |please )?(?:enquire|inquire|ask)(?: about)?', '(?:jeg |eg )?tillater meg (?:å )?(?:spørre|spørja|spørje)',
    // Leave to ask, asked in passing: "hvilket år …, om jeg tør spørre?", "if I may ask".
    '(?:om|hvis|dersom|viss) (?:jeg|eg) (?:tør|får|kan|må|torer) (?:spørre|spørje|spørja)', 'if (?:i )?(?:may|might|can) (?:ask|enquire|inquire)',
    'if you (?:do not|dont) mind (?:me )?asking',
    // Leave to ask, then the question: "can I ask who took the pictures?", "kan jeg spørre om hvem som tok bildene?".
    // Not "can I ask about NK here?": that asks leave, what about is no question yet (see help-request.ts).
    '^(?:can|could|may) (?:we )?(?:please )?ask(?: you)?(?= (?:who|what|when|where|why|how|which|whether|if|is|are|was|were|did|does|do|has|have) )',
    '^(?:kan|kunne|får|må) (?:jeg |eg |æ |vi )?(?:spørre|spørje|spørja)(?: deg| dere| dykk)?(?: om)?(?= (?:hvem|hva|når|hvor|hvorfor|hvordan|hvilken|hvilket|hvilke|kva|kven|kvar|kvifor|korleis|kor|ka|kem|er|var|har|stemmer) )',
    // Formal: "I wonder whether you might tell me", "I would be obliged if you could tell me".
    '(?:wonder|wondered|was wondering|am wondering) (?:whether|if) you (?:might|could|would|can) (?:please |kindly )?(?:tell|explain|say)(?: to)?(?: me| us)?',
    '(?:would|should) be (?:very |most |so |really )?(?:obliged|grateful|thankful|glad|happy|pleased) if you (?:could|would|might|can) (?:please |kindly )?(?:tell|explain|say|let me know)(?: to)?(?: me| us)?',
    // "I would be grateful for a brief summary of …": the thanks in advance wraps what is asked.
    '(?:would|should) be (?:very |most |so |really )?(?:grateful|thankful|obliged) for', '(?:ville|hadde) (?:satt|sette) (?:stor )?pris på',
    '(?:please |pls |plz )?tell me', 'let me know', 'do you know', 'do you happen to know', 'was wondering', 'am wondering', 'wonder',
    'would like to know', 'want to know', 'wanted to know', 'like to know', 'wanna know', 'need to know', 'needs to know',
    // A check asked for, opening the message: "check if the bridge is 800 m", "sjekk om det stemmer at …".
    '^(?:please |pls |plz )?(?:check|verify|confirm|fact check|factcheck)(?: for me)? (?:if|whether|that)',
    '^(?:sjekk|sjekka|faktasjekk)(?: for meg)? (?:om|at|viss|hvis)',
    // The bot asked with "you" dropped as a lone "u" ("can u check if …"), opening the message.
    '^(?:could|can|would|will) (?:please |pls |plz |just )*(?:tell|explain|check|confirm|verify|clarify)(?: to)?(?: for)?(?: me| us)?',
    // Norwegian: "kan du (være så snill å) fortelle/sjekke/forklare (meg)", "vet du", "jeg lurer på", "jeg vil gjerne vite"
    '(?:jeg |eg )?(?:ville|vil|hadde|skulle) (?:være|vært|vere|vore) (?:veldig |svært |meget |så )?(?:takknemlig|glad|takksam) (?:om|hvis|dersom|viss) (?:du|de|dere|dykk) (?:kunne|kan|ville|vil) (?:fortelle|forklare|si|fortelje|forklara)(?: meg| oss| for meg)?',
    '(?:kan|kunne|vil|ville|gidder) (?:du|de|dere) (?:(?:være|vær|vere) så (?:snill|vennlig|god) (?:å )?|please |bare |gjerne )*(?:fortelle|forklare|sjekke|bekrefte|si|svare på|finne ut|opplyse(?: om)?|fortelje|forklara|sjekka|stadfeste)(?: meg| oss| for meg)?',
    // The bot asked to answer, for someone in the channel: "spør boten hva 38 North er", "ask the bot who took the pics",
    // "kan noen spørre boten …".
    '^(?:(?:kan|kunne) (?:du|noen|dere) |(?:can|could) (?:you|someone|somebody|anyone) )?(?:spør|spørr|spørre|spørje|spørja|ask)(?: (?:the|den|denne|this))? (?:boten|botten|bot|factbot|faktaboten)(?: (?:om|about|if|whether))?',
    // Who the asker asks for, opening the message: "bestemor spør: …", "my son wants to know …" (the asker's
    // grandfather is not the one the article names).
    '^(?:(?:my|our|min|mi|mitt|vår) )?[^ ]+ (?:asks|asked|is asking|wonders|wants to know|spør|spurte|lurer på|vil vite)(?: me| meg)?' +
      '(?= (?:what|who|when|where|why|how|which|if|whether|is|are|was|were|did|does|do|hva|hvem|når|hvor|hvorfor|hvordan|hvilken|hvilket|hvilke|om|kva|kven|kvar|kvifor|korleis|kor|ka|kem|er|var|har) )',
    // Hearsay to be checked: "a friend says the bridge is longer", "onkelen min påstår at …", "noen på snap sa at …". Who
    // passed it on is not the article's speaker, and "says" would read as a claim's word.
    `(?:(?:my|our|a|his|her|min|mi|mitt|en|ei|et) )?(?:${HEARSAY_SOURCES}|one|en|ei)(?: (?:min|mi|mitt|vår|vårt))?(?: (?:on|in|at|from|på|i|fra) (?:the )?(?:${MEDIA_EN}|${MEDIA_NB}|${PLACES}))? (?:keeps saying|kept saying|says|said|claims|claimed|insists|reckons|swears|thinks|told me|wrote|writes|posted|posts|tweeted|shared|sier|sa|påstår|påsto|påstod|mener|meiner|mente|meinte|hevder|hevdet|tror|trodde|insisterer|seier|skrev|skriver|skreiv|postet|posta|delte)(?: that| at)?`,
    // Hearsay from the media: "heard on the radio that …", "saw a headline saying …", "leste på Facebook at …".
    `(?:we |just )?(?:heard|read|saw|seen) (?:it |this |something |stuff )?(?:on|in) (?:the |a |my |our )?(?:${MEDIA_EN})(?: that| saying| about)?`,
    '(?:saw|read|heard|seen) (?:a |an |some |the )?(?:headline|post|tweet|video|clip|tiktok|reel|story|rumour|rumor|meme|thread)s? (?:saying|that says|claiming|that claims|that)',
    `(?:jeg |eg |æ |je )?(?:hørte|høyrde|høyrte|hørt|høyrt|leste|les|las|lest|så|såg|sett)(?: det| dette)? (?:(?:på|i) )?(?:${MEDIA_NB})(?: at)?`,
    // How anyone knows a statement ("how do they know it was the same train", "hvordan vet de at det er samme tog"): the
    // entry on the statement answers, with who says it and on what.
    '(?:but |so |and |men |så )?how (?:do|does|did|can|could) (?:they|we|you|one|anyone|people)(?: even| actually| really)? know(?: that)?',
    '(?:hvordan|korleis|åssen|koss) (?:vet|veit|visste|kan|kunne) (?:de|dei|vi|me|man|ein|en|dem|dæm|di)(?: egentlig| eigentleg| i det hele tatt)?(?: vite)?(?: at)?',
    // Hearsay from no one named, opening the message: "heard the train was seen at …", "har hørt at …".
    '^(?:i |we )?(?:have |ve )?(?:just )?heard(?: that)?', '^(?:jeg |eg |æ )?(?:har )?(?:hørt|hørte|høyrt|høyrde) at',
    // Where the asker met what they ask about: "… som nevnes i saken", "… mentioned in the article" (every entry is from it).
    '(?:som |that |which |they )?(?:er |blir |is |was |are |were )?(?:nevnes|nevnt|nevnte|nemnd|nemnt|nemnast|omtales|omtalt|mentioned|mention|referred to|talked about)(?: (?:i|in|på|on))? (?:saken|artikkelen|teksten|the article|the story|the piece|the text|this article|this story)',
    // What the article says, put before the question about it: "The piece mentions 1948 and Soviet officials. Who?",
    // "saken nevner hester – hvorfor?" (what it says is the topic; that the article says it is no question about the article).
    '(?:the |this |that )?(?:article|story|piece|text|report|tv ?2) (?:mentions|mentioned|brings up|brought up|refers to|talks about|writes about|notes|says|said)(?: that)?(?= \\S+ \\S+)',
    '(?:saken|saka|artikkelen|teksten|tv ?2) (?:nevner|nemner|nevnte|nemnde|tar opp|omtaler|skriver om|skriv om|sier|seier|sa)(?: at)?(?= \\S+ \\S+)',
    // Whose account is asked for, when it is the article's own: "according to the story", "per the article", "ifølge TV 2".
    '(?:according to|per|as per|going by) (?:the |this |that )?(?:tv ?2 |tv2s |tv 2s )?(?:article|story|piece|report|text|tv ?2)',
    '(?:ifølge|i følge|iflg|etter) (?:tv ?2-?)?(?:saken|saka|artikkelen|teksten|tv ?2)(?: sin| si)?',
    // Not understanding what is then asked: "I still don't get who took the pictures", "forstår ikke helt hvem …".
    '(?:still )?(?:do not|does not|can not|cannot|could not) (?:really |quite |fully )?(?:get|understand|figure out|work out|make out|tell)',
    '(?:jeg |eg |æ )?(?:skjønner|skjønar|skjønne|forstår|fatter)(?: (?:fortsatt|framleis|ennå|enda|ikke|ikkje|itj|helt|heilt|egentlig))+',
    // How the asker is to explain it to others ("hvordan skal jeg forklare elevene hvem 38 North er", "how do I explain to my
    // kids why …"): what is to be explained is asked.
    '(?:how|hvordan|korleis|åssen) (?:do|should|can|would|could|skal|kan|bør|burde) (?:i |jeg |eg |æ |we |vi )?(?:best )?(?:explain|forklare|forklara|fortelle|fortelje)(?: it| det)?',
    'fortell meg', 'forklar meg', 'vet du', 'veit du', 'veist du', 'lurer på', 'lurte på', 'vil gjerne vite', 'vil vite', 'ville vite', '(?:jeg |eg |æ )?(?:trenger|treng|må) (?:å )?vite', 'har lyst til (?:å )?vite',
    // What the bot said before, pointed back to in a follow-on ("the horses you brought up", "brua du nevnte"): the
    // topic is what is asked about, that it was said is not.
    '(?:you|ya) (?:just |already |earlier )?(?:said|mentioned|mention|brought up|bring up|talked about|were talking about|told me(?: about)?|wrote(?: about)?|referred to|showed)',
    // "u" is dropped as a lone letter before this is read: "the containers (u) mentioned".
    '(?:just |already |earlier )?(?:mentioned|brought up|talked about|referred to)',
    '(?:som )?du (?:nettopp |allerede )?(?:sa|sei|nevnte|nevner|nemnde|nemner|snakket om|snakka om|skrev|skreiv|fortalte(?: om)?|fortalde(?: om)?|viste til|refererte til)',
  ].join('|') + ')(?= |$)', 'gu');
const TRIGGERS = new Set([
  ...['according', 'per', 'going', 'ifølge', 'følge', 'iflg', 'etter'],
  ...['ask', 'spørre', 'spørje', 'spørja'],
  ...['obliged', 'grateful', 'thankful', 'takknemlig', 'takksam', 'whether', 'fortelle', 'forklare', 'fortelje', 'bekrefte', 'sjekke', 'pris'],
  ...['explain', 'forklara'],
  ...['not', 'cannot', 'skjønner', 'skjønar', 'skjønne', 'forstår', 'fatter'],
  ...['nevnes', 'nevnt', 'nevnte', 'nemnd', 'nemnt', 'nemnast', 'omtales', 'omtalt', 'mention'],
  ...['mentions', 'brings', 'refers', 'talks', 'writes', 'notes', 'nevner', 'nemner', 'nemnde', 'tar', 'omtaler', 'skriver', 'skriv'],
  ...['heard', 'read', 'saw', 'seen', 'hørte', 'høyrde', 'høyrte', 'hørt', 'høyrt', 'leste', 'les', 'las', 'lest', 'så', 'såg', 'sett'],
  ...['says', 'said', 'saying', 'claims', 'claimed', 'insists', 'reckons', 'swears', 'thinks', 'told', 'wrote', 'writes', 'posted', 'posts', 'tweeted'],
  ...['shared', 'skrev', 'skreiv', 'postet', 'posta', 'delte'],
  ...['sier', 'sa', 'påstår', 'påsto', 'påstod', 'mener', 'meiner', 'mente', 'meinte', 'hevder', 'hevdet', 'tror', 'trodde', 'insisterer', 'seier'],
  'you',
  'ya',
  'mentioned',
  'brought',
  'talked',
  'referred',
  'asks',
  'asked',
  'asking',
  'wonders',
  'wants',
  'spør',
  'spurte',
  'tell',
  'know',
  'wondering',
  'wonder',
  'du',
  'lurer',
  'lurte',
  'vite',
  'vet',
  'veit',
  'visste',
  'fortell',
  'forklar',
  'may',
  'might',
  'mind',
  'tillater',
  'spørre',
  'spørje',
  'spørja',
  'help',
  'hjelpe',
  'need',
  'needs',
  'check',
  'verify',
  'confirm',
  'fact',
  'factcheck',
  'sjekk',
  'sjekka',
  'faktasjekke',
  'faktasjekka',
  'checke',
  'checka',
  'faktasjekk',
  'trenger',
  'treng',
  'må',
  'can',
  'could',
  'would',
  'will',
  'hjelpa',
]);
// What must be left for the wrapping to go: "can you tell me" alone asks what the bot can do.
const MIN_LEFT = 2;

/** The tokens without a polite request's wrapping, or the tokens themselves when there is none. */
export function withoutRequest(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => TRIGGERS.has(t))) return tokens;
  return without(tokens, REQUEST);
}

/**
 * A request for a topic as a whole: a summary of it ("tldr", "eli5", "quick recap of", "oppsummer",
 * "kort fortalt") or the topic named bare ("what about", "what's the deal with", "tell me about", "hva med",
 * "fortell om"), or its source ("source for the horse thing?": every entry gives its sources). Such words ask
 * for the entry on the topic, whichever it is; said of the story itself
 * ("oppsummer saken", "what's the gist") they ask what the article is about, so both readings are matched
 * (see askedPart) and the surer one is taken.
 */
// One word of who did something, put to be checked ("was it China that …"): not a word saying whether it is so.
const WHO_SLOT =
  '(?!(?:true|correct|right|accurate|confirmed|proven|possible|likely|known|clear|so|sant|riktig|rett|bekreftet|bekrefta|bevist|mulig|sikkert|klart|sånn|slik) )[^ ]+ ';

// What is told, asked where it comes from (see TOPIC_REQUEST).
// prettier-ignore
// Not "claim" or "påstand": what a claim is matters ("hvor kommer påstanden om granatene fra" asks the claim's entry).
const TOLD_THINGS = ['info', 'information', 'informasjon', 'informasjonen', 'opplysning', 'opplysningen', 'opplysninga', 'opplysningene', 'opplysningane',
  'news', 'nyheten', 'nyheita'].join('|');

// prettier-ignore
const TOPIC_REQUEST = new RegExp(
  '(?:^| )(?:' + [
    // English
    'tl dr', 'tldr', 'eli5', 'explain like i am five', '(?:a |the )?(?:quick |short |brief )?(?:recap|summary|rundown|overview|run down|lowdown)(?: of| on| about)?',
    '(?:summarize|summarise|sum up|recap)(?: me)?', '(?:the )?(?:key|main) (?:facts|points)(?: of| on| about)?', '(?:in )?bullet points(?: of| on| about)?',
    '(?:the )?highlights(?: of)?', 'in a nutshell', 'in short', 'in brief', 'briefly', 'the gist(?: of)?', 'gist of',
    'what about', 'how about', // "what's" is "what" once its "s" is dropped.
    'what (?:is )?(?:up|the deal|the story|the thing) with', 'what (?:is )?with',
    // Commands for a topic and the form of the reply: "list the sources", "name the people quoted", "outline …", "define …",
    // "… in one sentence", "in 3 bullets", "make me a table", and "like I'm ten" ending the message ("like 6 photos" guesses).
    // Opening the message: "what's the name of the station" asks a name.
    '^(?:please |pls |plz )?(?:list|outline|define|describe|name)(?: me)?(?: all)?(?: the| of the)?', '(?:give|show) me(?: the| a| an| some)?',
    '(?:explain|summarize|summarise|describe)(?: it)? (?:in|using) (?:one|a|two|three|four|five|a few|few|[1-5]) (?:short )?(?:sentences?|lines?|bullets?|bullet points|points|words|paragraphs?)',
    '(?:in|using) (?:one|a|two|three|four|five|a few|few|[1-5]) (?:short )?(?:sentences?|lines?|bullets?|bullet points|points|words|paragraphs?)',
    '(?:a |an )?(?:short |brief |simple |quick )?explanation (?:of|on|about|for)', '(?:in|as) a table', '(?:make|give) me a table(?: of| with)?', 'like (?:i am |am |im )?(?:five|ten|twelve|[0-9]+|a child|a kid)(?: years? old)?$',
    // Anywhere after "explain": "explain like I'm 10 who Kim Il-sung was".
    '(?:explain|forklar)(?: it| this| det| dette)?(?: to me| for meg)? (?:like|as if|som om|som viss) (?:i am |am |im |jeg er |eg er |æ e )?(?:five|ten|twelve|fem|ti|tolv|[0-9]+|a child|a kid|et barn|eit barn)(?: years? old| år(?: gammel)?)?', 'for a (?:five|ten|twelve|[0-9]+)(?: year old| yr old)',
    '(?:answer |just )?yes or no',
    'tell me (?:more )?about', '(?:catch|fill) me (?:up|in) on', '(?:bring|get) me up to speed on', 'update me on', 'oppdater meg på', '(?:any )?(?:info|information|details) (?:on|about)', 'talk to me about',
    // Where a statement comes from: every entry gives its sources ("source for the horse thing?").
    '(?:the |your |a |any )?(?:source|sources) (?:for|of|on|behind)', 'sourced(?: to)?',
    // "Where does the info about the letters come from", "hvor kommer opplysningen om brevene fra".
    `(?:where|hvor|kor|kvar) (?:does|did|do|is|was|are|kommer|kom|stammer|stammet|kjem) (?:the |this |that |all |denne |dette )?(?:${TOLD_THINGS})(?: (?:about|on|om|at|that))?`,
    // Who said a statement ("who said the containers might be there by chance"): every entry names who says what it tells.
    '(?:so |and |but )?(?:who|whom) (?:is it |was it )?(?:that )?(?:exactly |actually |originally |first )?(?:is |was |are |were )?(?:said|says|saying|claimed|claims|claiming|reported|reports|reporting|stated|states|told|tells|thinks|believes|alleged|alleges|suggested|suggests)(?: that)?',
    'whose (?:claim|statement|words|assessment|conclusion) (?:is it|was it|is that|was that)(?: that)?',
    // Who did it, put to be checked ("was it China that took the pictures", "det var Kina som tok bildene, ikke sant"):
    // the entry on what was done names who did it, the asker's guess or not.
    // Not "is it true that …", which asks whether, not who.
    `(?:i think |so )?(?:was it|is it|it was|it is|it) (?:not |really |actually )?(?:${WHO_SLOT}){1,3}?(?:who|that)(?: (?:said|says|claimed|claims|reported))?(?: that)?`,
    // Norwegian (Nynorsk and dialect forms as typed: the message is read before they are mapped)
    `(?:var det|er det|det var|det er|va det|e det)(?: ikke| ikkje| egentlig| faktisk)? (?:${WHO_SLOT}){1,3}?som(?: (?:sa|sier|påstod|påsto|påstår|hevdet|hevder))?(?: at)?`,
    '(?:hvem|kven|kem) (?:er det |var det |e det |va det )?(?:som )?(?:sa|sier|seier|sei|hevder|hevdet|hevda|påstår|påstod|påsto|påstår|rapporterte|rapporterer|melder|meldte|mener|meiner|skriver|skreiv|skrev|uttalte)(?: at)?',
    '(?:gi meg )?(?:en |ei )?(?:kort |kjapp |rask )?(?:oppsummering|oppsummeringa|oppsummeringen|samandrag|sammendrag|kortversjon|kortversjonen)(?: av| om)?',
    '(?:gi meg )?(?:en |ei |et |eit )?(?:kort |kjapp |rask )?(?:oversikt|oversikta|oversikten|overblikk)(?: over| av| om)?',
    // "Beskriv 38 North kort", "forklar det kort og godt": briefly, closing a command.
    'kort(?: og godt)?$(?<=^(?:beskriv|forklar|fortell|fortel|oppsummer|oppsummere) .*)',
    'oppsummer(?:e|t)?', 'oppsummera', '(?:i )?stikkord(?:sform)?(?: om| fra| frå)?', '(?:de )?(?:viktigste )?(?:hovedpunktene|hovudpunkta|hovedpunkter|punktene)(?: i| om| fra)?', 'kort fortalt', 'kort sagt', 'i korte trekk', 'kort oppsummert',
    'hva med', 'kva med', 'ka med', 'hva er greia med', 'kva er greia med', 'ka e greia med', 'hva er greien med',
    '(?:kilden|kilda|kilde|kildene|kjelda|kjelde|kjeldene) (?:til|for|på|bak)',
    '^(?:nevn|list|ramse|regn)(?: opp)?(?: alle)?', '(?:list|ramse|regn) opp', '^beskriv', '^definer', '(?:gi|gje|vis) meg(?: en| ei| et| eit| litt)?(?: kort| kjapp)?', 'detaljene(?: om)?',
    '(?:i|på) (?:en|ei|én|ein|eitt|ett|to|tre|fire|fem|[1-5]) (?:korte? )?(?:setninger|setningar|setning|linjer|linje|kulepunkter|kulepunkt|punkter|punkt|ord)',
    '(?:to|tre|fire|fem|[2-5]) (?:korte? )?(?:setninger|setningar|linjer|kulepunkter|kulepunkt|punkter)(?: om)?',
    '(?:en|ei|én|ein|eitt|ett) (?:kort )?(?:setning|linje) (?:om|på)', '(?:i|som) (?:en )?tabell',
    '(?:som om|som viss|som hvis) (?:jeg|eg|æ) (?:er|var|e) (?:fem|ti|tolv|[0-9]+|et barn|eit barn)(?: år)?(?: gammel)?', 'for en (?:femåring|tiåring|tolvåring|[0-9]+-åring)',
    '(?:svar )?ja eller nei', '(?:en |ei |ein )?(?:kort |enkel |kjapp |rask )?(?:forklaring|forklaringa|forklaringen) (?:på|av|om|til)',
    'fortell (?:meg )?(?:litt )?om', 'fortel (?:meg )?(?:litt )?om', 'forklar (?:meg )?(?:litt )?om', 'info om', 'informasjon om',
    // Someone's or something's part in the story ("what role does Planet Labs play in this story", "what's Putin's part in
    // all this", "how does Kirby fit in", "hva har Putin med saken å gjøre", "hvilken rolle spiller 38 North"): the
    // entry naming them. The opening words go only with the closing ones.
    '(?:so )?(?:what|which) (?:role|part) (?:does|did|do|is|was|has|have)(?= .* (?:play|plays|played|have|has|had))',
    '(?:play|plays|played|have|has|had)(?: in)?(?: all)?(?: of)?(?: this| that| it| the story| this story| the article| the news)?$(?<=(?:role|part) .*)',
    'part in(?: all)?(?: of)? (?:this|that|it|the story|this story)$(?<=^what .*)', '^what(?= .* part in)',
    'how (?:does|do|did)(?= .* fits? in)', 'fits? in(?:to)?(?: all)?(?: this| that| it| the story| this story)?$',
    '(?:is there )?anything (?:about (?:that|this|it|them|him|her) )?in the (?:article|story)$',
    '(?:hva|kva|ka) har(?= .* med (?:saken|saka|dette|det) (?:å )?(?:gjøre|gjere|gjera|gjær))', 'med (?:saken|saka|dette|det) (?:å )?(?:gjøre|gjere|gjera|gjær)$(?<=(?:hva|kva|ka) har .*)',
    '(?:hvilken|kva|hva slags|hvilke) (?:rolle|roller) (?:har|hadde|spiller|spilte|spelar|spela)', '(?:i )?(?:saken|saka|dette|historien|historia)$(?<=rolle .*)',
  ].join('|') + ')(?= |$)', 'gu');
const TOPIC_TRIGGERS = new Set([
  ...['where', 'hvor', 'kor', 'kvar'],
  ...['role', 'part', 'fit', 'fits', 'anything', 'rolle', 'roller', 'gjøre', 'gjere', 'gjera', 'gjær'],
  ...['list', 'outline', 'define', 'describe', 'name', 'give', 'show', 'explain', 'explanation', 'in', 'using', 'table', 'like', 'for', 'yes'],
  ...['forklaring', 'forklaringa', 'forklaringen', 'forklar'],
  ...['nevn', 'ramse', 'regn', 'beskriv', 'definer', 'gi', 'gje', 'vis', 'detaljene', 'i', 'på', 'to', 'tre', 'fire', 'fem', 'tabell', 'som', 'ja'],
  'catch',
  'fill',
  'speed',
  'update',
  'oppdater',
  'key',
  'main',
  'bullet',
  'highlights',
  'stikkord',
  'stikkordsform',
  'hovedpunktene',
  'hovudpunkta',
  'hovedpunkter',
  'punktene',
  'it',
  'som',
  'who',
  'whom',
  'whose',
  'hvem',
  'kven',
  'kem',
  'tl',
  'tldr',
  'eli5',
  'explain',
  'recap',
  'summary',
  'rundown',
  'overview',
  'run',
  'lowdown',
  'summarize',
  'summarise',
  'sum',
  'nutshell',
  'short',
  'brief',
  'briefly',
  'gist',
  'about',
  'with',
  'info',
  'information',
  'details',
  'source',
  'sources',
  'sourced',
  'kilden',
  'kilda',
  'kilde',
  'kildene',
  'kjelda',
  'kjelde',
  'kjeldene',
  'oppsummering',
  'oppsummeringa',
  'oversikt',
  'oversikta',
  'oversikten',
  'overblikk',
  'oppsummeringen',
  'samandrag',
  'sammendrag',
  'kortversjon',
  'kortversjonen',
  'oppsummer',
  'oppsummere',
  'oppsummert',
  'oppsummera',
  'kort',
  'korte',
  'med',
  'greia',
  'greien',
  'om',
]);

/** The tokens without a request for a topic as a whole (see TOPIC_REQUEST), or the tokens themselves. */
export function withoutTopicRequest(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => TOPIC_TRIGGERS.has(t))) return tokens;
  // One word may be the topic ("hva med granatene"): the whole message is matched too.
  return without(tokens, TOPIC_REQUEST, 1);
}

function without(tokens: readonly string[], wrapping: RegExp, minLeft = MIN_LEFT): readonly string[] {
  const left = tokens.join(' ').replace(wrapping, ' ').trim();
  const out = left === '' ? [] : left.split(/ +/);
  return out.length >= minLeft && out.length < tokens.length ? out : tokens;
}

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
  ...['mention', 'nevner', 'nemner', 'omtaler', 'omtalar', 'står', 'there', 'it', 'noe', 'noko', 'nåke', 'noka'],
  ...['written', 'published', 'skrevet', 'skrive', 'skreve', 'publisert'],
]);

/** The tokens without the article named as the one who says what they ask about, or the tokens themselves. */
export function withoutArticleAsSpeaker(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => ARTICLE_WORDS.has(t))) return tokens;
  return without(tokens, ARTICLE_SPEAKS, 1);
}
