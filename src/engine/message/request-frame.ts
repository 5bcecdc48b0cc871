import { MachineCodePattern } from './machine-code-pattern.js';
import { withoutWrapping } from './wrapping.js';

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

// The bot named in the third person.
const BOT = '(?:bot|factbot|fact bot|fact-bot|robot|ai|thing)';
const BOT_NB = '(?:boten|botten|faktabotten|faktaboten|factboten|factbotten|roboten|faktaroboten)';

// Where the asker met who passed hearsay on ("a guy at work says", "en på jobben mente at").
// And where in a Discord server: "someone in #general said".
const PLACES = [
  'work',
  'school',
  'the office',
  'uni',
  'jobben',
  'jobb',
  'skolen',
  'klassen',
  'kontoret',
  'jobbet',
  'general',
  'off topic',
  'offtopic',
  'the server',
  'serveren',
  'kanalen',
  'this channel',
].join('|');

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
    // Officialese: "kindly advise whether …", "please confirm the distance …", "the undersigned wishes to be informed as to …",
    // "undertegnede ønsker opplyst hvorvidt …", "vennligst opplys hvilke …".
    '(?:please |kindly |pls )+(?:advise|confirm|state|indicate|specify|clarify|provide|inform (?:me|us|the undersigned))(?: me| us)?(?: (?:as to|whether|if|of|on|regarding))?',
    '(?:the undersigned|i|we) (?:wishes|wish|would like|should like|wants|want) (?:to )?(?:know|be informed|be advised|enquire|inquire|ascertain)(?: (?:as to|whether|if|of|about))?',
    '(?:undertegnede|jeg|vi|eg) (?:ønsker|ønskjer|ber om å få|vil gjerne ha|ville gjerne ha|vil gjerne få) (?:opplyst|oppgitt|bekreftet|stadfesta|vite|vita)(?: om| hvorvidt)?',
    '(?:vennligst|venligst|vær så vennlig å|ver venleg og) (?:opplys|oppgi|bekreft|angi|meddel|informer)(?: meg| oss)?(?: om| hvorvidt)?',
    '^(?:with reference to|with regard to|in respect of|as regards|pertaining to|med henvisning til|med hensyn til|hva angår|i henhold til)(?= )',
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
    // The whole channel asked ("does anybody here know if …", "noen som vet hvor …", "er det noen som har fått med seg …").
    '(?:does|do|did) (?:anybody|anyone|someone|somebody)(?: here| in here)? (?:know|remember)(?: (?:if|whether|about))?',
    // Whether anyone found out ("did anyone figure out what was on that train", "har noen funnet ut hva …"): what was to
    // be found out is asked; the entry says whether it is known. Not "did they ever find out", which asks what came later.
    '(?:has|have|did) (?:anybody|anyone|someone|somebody|people)(?: actually)? (?:figured|figure|found|find|worked|work) out(?: (?:if|whether))?',
    '(?:har|hadde) (?:noen|nokon|nåen|folk|man)(?: egentlig| faktisk)? (?:funnet|funne|fått|fenge) (?:ut|greie på)(?: om)?',
    '^(?:anybody|anyone|someone|somebody)(?: here)? (?:know|knows|remember|remembers)(?: (?:if|whether|about))?',
    '(?:can|could) (?:someone|somebody|anyone|anybody) (?:tell|explain)(?: me| us)?(?: (?:if|whether|about))?',
    '^(?:er det )?noen (?:her )?som (?:vet|veit|husker|har fått med seg|har peiling på|kan si)(?: om)?', '^(?:vet|veit) noen(?: her)?(?: om)?',
    'kan noen (?:si|fortelle|forklare)(?: meg| oss)?(?: om)?',
    // A need stated, not asked: "I need the date of the pictures", "looking for who analysed them", "need a source for …".
    // Opening the message, or said by the asker: "why does Russia need shells" asks why.
    '(?:^|we )(?:still |just |really )?(?:need|needed|require|am looking for|looking for|im looking for|searching for)(?! help)(?: (?:some|any|the|a|an|more))?(?: (?:info|information|details|facts|source|sources|citation|confirmation))?(?: (?:on|about|for|of|regarding))?',
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
    // passed it on is not the article's speaker, and "says" would read as a claim's word. Where they are, in a word, says
    // nothing asked ("my cousin in gdansk say …", "onkelen min i Bergen sier", whose lone "i" is dropped), nor does a
    // learner's "say" for "says".
    `(?:(?:my|our|a|his|her|min|mi|mitt|en|ei|et) )?(?:${HEARSAY_SOURCES}|one|en|ei)(?: (?:min|mi|mitt|vår|vårt))?(?: (?:on|in|at|from|på|i|fra) (?:the )?(?:${MEDIA_EN}|${MEDIA_NB}|${PLACES}|(?:my|our|min|vår) [^ ]+(?: [^ ]+)?)| (?:(?:in|from|fra|frå) )?[^ ]+)? (?:keeps saying|kept saying|says|say|said|claims|claimed|insists|reckons|swears|thinks|told me|wrote|writes|posted|posts|tweeted|shared|mentioned|nevnte|nemnde|sier|sa|påstår|påsto|påstod|mener|meiner|mente|meinte|hevder|hevdet|tror|trodde|insisterer|seier|skrev|skriver|skreiv|postet|posta|delte)(?: that| at)?`,
    // Hearsay from the media: "heard on the radio that …", "saw a headline saying …", "leste på Facebook at …".
    `(?:we |just )?(?:heard|read|saw|seen) (?:it |this |something |stuff )?(?:on|in) (?:the |a |my |our )?(?:${MEDIA_EN})(?: that| saying| about)?`,
    '(?:saw|read|heard|seen) (?:a |an |some |the )?(?:headline|post|tweet|video|clip|tiktok|reel|story|rumour|rumor|meme|thread)s? (?:saying|that says|claiming|that claims|that)',
    `(?:jeg |eg |æ |je )?(?:hørte|høyrde|høyrte|hørt|høyrt|leste|les|las|lest|så|såg|sett)(?: det| dette)? (?:(?:på|i) )?(?:${MEDIA_NB})(?: at)?`,
    // Somewhere unsaid: "I read somewhere that …".
    '(?:heard|read|saw|seen) (?:somewhere|online|someplace|something about how)(?: that)?',
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
    // Confusion or not knowing stated instead of a question: "confused about which way the horse train went", "no idea
    // what 38 North is", "vet ikke hvem som tok bildene", "er forvirra over om det var samme toget".
    '(?:am |was |still |a bit |bit |kinda |so |really )*(?:confused|unsure|puzzled|uncertain) (?:about|on|over|as to|regarding)',
    '(?:have |got )?no (?:idea|clue)(?: about| on| of| as to)?', '(?:do not|does not|dont) (?:really |quite |even )?know',
    '(?:jeg |eg |æ )?(?:vet|veit|husker|hugsar|hugser) (?:ikke|ikkje|itj)(?: helt| heilt| lenger| lenger)?',
    '(?:jeg |eg |æ )?(?:er |e )?(?:litt )?(?:forvirra|forvirret|usikker) (?:på|over|om|angående)',
    // A hedge before the question, said and then set aside: "jeg er usikker, men …", "I might be wrong but …", "correct me
    // if I'm wrong, but …", "jeg har kanskje misforstått, men …". The question after it is asked as if said plainly.
    '(?:(?:jeg |eg |æ )?(?:er |e )?(?:litt |ikke |ikkje |ikke helt |ikkje heilt )?(?:usikker|sikker)|(?:am )?(?:not (?:quite |totally |entirely |100% )?sure|unsure|not certain)|(?:might|may|could) be wrong|correct me if (?:am |i am )?wrong|(?:rett|korriger) meg (?:om|hvis|viss) (?:jeg|eg) tar feil|(?:jeg |eg )?(?:har )?kanskje misforstått(?: noe| noko)?|kanskje (?:jeg|eg) tar feil|(?:jeg |eg )?tar kanskje feil) (?:men|but)',
    // How the asker is to explain it to others ("hvordan skal jeg forklare elevene hvem 38 North er", "how do I explain to my
    // kids why …"): what is to be explained is asked.
    '(?:how|hvordan|korleis|åssen) (?:do|should|can|would|could|skal|kan|bør|burde) (?:i |jeg |eg |æ |we |vi )?(?:best )?(?:explain|forklare|forklara|fortelle|fortelje)(?: it| det)?',
    // The bot asked of in the third person ("does the bot know where …", "can factbot tell me …", "vet boten om …", "har
    // faktabotten noe om …", "klarer boten å si …"): what it is asked to tell is asked.
    `(?:does|do|can|could|will|would) (?:the |this |your |our )?${BOT} (?:even |actually |really )?(?:know|tell me|tell us|tell|say|answer|explain|find out|have anything|have info|have something)(?: (?:on|about|if|whether))?`,
    // Closing the question first: "hvilken kanal er artikkelen fra, vet roboten det?".
    `(?:vet|veit) ${BOT_NB} det$`,
    `(?:vet|veit|kan|klarer|har|kjenner) ${BOT_NB}(?: å)?(?: (?:si|svare|fortelle|forklare|finne ut))?(?: (?:noe|noko|nåke|info))?(?: (?:om|på))?`,
    'fortell meg', 'forklar meg', 'vet du', 'veit du', 'veist du', 'lurer på', 'lurte på', 'vil gjerne vite', 'vil vite', 'ville vite', '(?:jeg |eg |æ )?(?:trenger|treng|må) (?:å )?vite', 'har lyst til (?:å )?vite',
    // "Trenger navnet på rådgiveren", "søker info om hestene", "mangler bare hvor lang broen er", "må ha med hva …".
    '(?:^|jeg |eg |æ |vi )(?:trenger|treng|må ha med|må ha|søker|leter etter|ser etter|mangler bare|mangler|er ute etter)(?! (?:litt )?hjelp)(?: litt| noe| noko| noen| mer| meir)?(?: (?:info|informasjon|kilde|kjelde|kilder|opplysninger|detaljer|fakta))?(?: (?:om|på|til|for))?',
    // What the bot said before, pointed back to in a follow-on ("the horses you brought up", "brua du nevnte"): the
    // topic is what is asked about, that it was said is not.
    '(?:you|ya) (?:just |already |earlier )?(?:said|mentioned|mention|brought up|bring up|talked about|were talking about|told me(?: about)?|wrote(?: about)?|referred to|showed)',
    // "u" is dropped as a lone letter before this is read: "the containers (u) mentioned".
    '(?:just |already |earlier )?(?:mentioned|brought up|talked about|referred to)',
    '(?:som )?du (?:nettopp |allerede )?(?:sa|sei|nevnte|nevner|nemnde|nemner|snakket om|snakka om|skrev|skreiv|fortalte(?: om)?|fortalde(?: om)?|viste til|refererte til)',
  ].join('|') + ')(?= |$)', 'gu');
const TRIGGERS = new Set([
  ...['please', 'kindly', 'pls', 'undersigned', 'undertegnede', 'vennligst', 'venligst', 'vær', 'ver', 'reference', 'regard', 'respect', 'regards'],
  ...['pertaining', 'henvisning', 'hensyn', 'angår', 'henhold', 'ønsker', 'ønskjer', 'ber', 'wishes', 'wish', 'should'],
  ...['according', 'per', 'going', 'ifølge', 'følge', 'iflg', 'etter'],
  ...['ask', 'spørre', 'spørje', 'spørja'],
  ...['obliged', 'grateful', 'thankful', 'takknemlig', 'takksam', 'whether', 'fortelle', 'forklare', 'fortelje', 'bekrefte', 'sjekke', 'pris'],
  ...['explain', 'forklara'],
  ...['not', 'cannot', 'skjønner', 'skjønar', 'skjønne', 'forstår', 'fatter'],
  ...['bot', 'factbot', 'robot', 'ai', 'thing', 'boten', 'botten', 'faktabotten', 'faktaboten', 'factboten', 'factbotten', 'roboten', 'faktaroboten'],
  ...['confused', 'unsure', 'puzzled', 'uncertain', 'idea', 'clue', 'dont', 'vet', 'veit', 'husker', 'hugsar', 'hugser', 'forvirra', 'forvirret', 'usikker'],
  ...['sure', 'sikker', 'certain', 'wrong', 'feil', 'misforstått'],
  ...['nevnes', 'nevnt', 'nevnte', 'nemnd', 'nemnt', 'nemnast', 'omtales', 'omtalt', 'mention'],
  ...['mentions', 'brings', 'refers', 'talks', 'writes', 'notes', 'nevner', 'nemner', 'nemnde', 'tar', 'omtaler', 'skriver', 'skriv'],
  'somewhere',
  ...['heard', 'read', 'saw', 'seen', 'hørte', 'høyrde', 'høyrte', 'hørt', 'høyrt', 'leste', 'les', 'las', 'lest', 'så', 'såg', 'sett'],
  ...['says', 'say', 'said', 'saying', 'claims', 'claimed', 'insists', 'reckons', 'swears', 'thinks', 'told', 'wrote', 'writes', 'posted', 'posts'],
  'tweeted',
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
  'anybody',
  'anyone',
  'people',
  'figured',
  'figure',
  'found',
  'find',
  'worked',
  'work',
  'funnet',
  'funne',
  'fått',
  'fenge',
  'someone',
  'somebody',
  'noen',
  'needed',
  'require',
  'looking',
  'searching',
  'søker',
  'leter',
  'ser',
  'mangler',
  'ute',
  'må',
  'can',
  'could',
  'would',
  'will',
  'hjelpa',
]);
// What must be left for the wrapping to go: "can you tell me" alone asks what the bot can do.
const MIN_LEFT = 2;

// Compiled to machine code on first use (see machine-code-pattern.ts).
const REQUEST_WRAPPING = new MachineCodePattern(REQUEST);

/** The tokens without a polite request's wrapping, or the tokens themselves when there is none. */
export function withoutRequest(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => TRIGGERS.has(t))) return tokens;
  return withoutWrapping(tokens, REQUEST_WRAPPING, MIN_LEFT);
}
