import { MachineCodePattern } from './machine-code-pattern.js';
import { withoutWrapping } from './wrapping.js';

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

// How many lines or points ("three", "2-3", "two or three"): "2-3" is typed as "2 3" once tokenized.
const COUNT_OF_LINES = '(?:one|a|two|three|four|five|a few|few|[1-5])(?:(?: to| or| til| eller)? (?:two|three|four|five|[2-6]))?';

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
    `(?:explain|summarize|summarise|describe)(?: it)? (?:in|using) ${COUNT_OF_LINES} (?:short )?(?:bullet points|sentences?|lines?|bullets?|points|words|paragraphs?)`,
    `(?:in|using) ${COUNT_OF_LINES} (?:short )?(?:bullet points|sentences?|lines?|bullets?|points|words|paragraphs?)`,
    // Exam prompts: "Explain briefly …", "discuss …", "for my notes", "in simple words", "for a 12-year-old".
    '^(?:please |pls )?(?:explain|discuss|assess|evaluate|outline)(?: briefly| shortly| simply)?(?: (?:to|for) (?:me|us|the class))?(?! like| as if)', '(?:for|to) (?:my|our|the) (?:notes|class|students)',
    '(?:in|using|with) (?:simple|plain|easy|short) (?:words|terms|language|english)',
    // Search-box commands: "look up the horse train", "search for the bridge", "søk opp hva toget fraktet".
    '^(?:please |pls )?(?:look up|search for|search|find|find me)(?: the part about| info on| info about)?',
    '^(?:søk opp|søk etter|søk|slå opp|finn)(?: delen om| info om)?',
    '(?:a |an )?(?:short |brief |simple |quick )?explanation (?:of|on|about|for)', '(?:in|as) a table', '(?:make|give) me a table(?: of| with)?', 'like (?:i am |am |im )?(?:five|ten|twelve|[0-9]+|a child|a kid)(?: years? old)?$',
    // Anywhere after "explain": "explain like I'm 10 who Kim Il-sung was".
    '(?:explain|forklar)(?: it| this| det| dette)?(?: to me| for meg)? (?:like|as if|som om|som viss) (?:i am |am |im |jeg er |eg er |æ e )?(?:five|ten|twelve|fem|ti|tolv|[0-9]+|a child|a kid|et barn|eit barn)(?: years? old| år(?: gammel)?)?', 'for (?:a |an )?(?:five|ten|twelve|[0-9]+)(?: year old| yr old)',
    '(?:answer |just )?yes or no',
    'tell me (?:more )?about',
    // Chat slang for the story on something: "spill the tea on the horse train", "what's the scoop on Kirby".
    '(?:spill|dish)(?: the)?(?: tea)? (?:on|about)', '(?:what is |whats )?the (?:tea|scoop|411|dirt) (?:on|about)',
    // A topic asked for bare, opening the message ("anything on Kirby?", "more about the bridge", "mer om broen").
    '^(?:and |so |og |så )?(?:anything|something|more|anything more|something more)(?: else)? (?:on|about)',
    '^(?:and |so |og |så )?(?:litt )?(?:mer|meir|noe mer|noko meir) (?:om|info om)', '(?:catch|fill) me (?:up|in) on', '(?:bring|get) me up to speed on', 'update me on', 'oppdater meg på', '(?:any )?(?:info|information|details) (?:on|about)', 'talk to me about',
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
    'oppsummer(?:e|t)?', 'oppsummera',
    // Exam prompts: "Forklar kort …", "Drøft …", "Gjør rede for …", "med enkle ord", "til notatene mine".
    '^(?:forklar|drøft|drøfte|drøfta|diskuter|vurder|gjør rede for|gjer greie for|gjør greie for|redegjør for)(?: kort| enkelt| med enkle ord)?(?: for (?:meg|oss|klassen)| meg| oss)?(?: litt)?(?: om)?(?! som om| som viss)',
    '(?:med|på) (?:enkle|lette|få) ord', 'enkelt forklart', '(?:til|for) (?:notatene|notata|klassen|elevene)(?: mine| mina| våre)?', '(?:i )?stikkord(?:sform)?(?: om| fra| frå)?', '(?:de )?(?:viktigste )?(?:hovedpunktene|hovudpunkta|hovedpunkter|punktene)(?: i| om| fra)?', 'kort fortalt', 'kort sagt', 'i korte trekk', 'kort oppsummert',
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
    // How two things are connected ("what's the link between 38 North and Planet Labs", "how is Kim Il-sung tied to Moscow",
    // "hva er sammenhengen mellom …", "hvordan henger 38 North sammen med …"): the entry that tells of both.
    '(?:so )?(?:what is |whats |what )?the (?:connection|link|relationship|relation|tie) (?:between|of|to|with)',
    '(?:hva er |kva er )?(?:sammenhengen|samanhengen|koblingen|koplinga|koblinga|forbindelsen|forbindelsa) (?:mellom|med)',
    '(?:so )?how (?:is|are|was|were)(?= .* (?:connected|linked|tied|related) (?:to|with))', '(?:connected|linked|tied|related) (?:to|with)(?<=^(?:so )?how .*)',
    '(?:hvordan|korleis|åssen) (?:henger|heng)(?= .* sammen med)', 'sammen med(?<=(?:hvordan|korleis|åssen) (?:henger|heng) .*)',
    '(?:hva|kva|ka) har(?= .* med (?:saken|saka|dette|det) (?:å )?(?:gjøre|gjere|gjera|gjær))', 'med (?:saken|saka|dette|det) (?:å )?(?:gjøre|gjere|gjera|gjær)$(?<=(?:hva|kva|ka) har .*)',
    '(?:hvilken|kva|hva slags|hvilke) (?:rolle|roller) (?:har|hadde|spiller|spilte|spelar|spela)', '(?:i )?(?:saken|saka|dette|historien|historia)$(?<=rolle .*)',
  ].join('|') + ')(?= |$)', 'gu');
const TOPIC_TRIGGERS = new Set([
  ...['where', 'hvor', 'kor', 'kvar'],
  ...[
    'role',
    'part',
    'fit',
    'fits',
    'anything',
    'something',
    'more',
    'connection',
    'link',
    'relationship',
    'relation',
    'tie',
    'connected',
    'linked',
    'tied',
    'related',
    'sammenhengen',
    'samanhengen',
    'koblingen',
    'koplinga',
    'koblinga',
    'forbindelsen',
    'forbindelsa',
    'henger',
    'heng',
    'rolle',
    'roller',
    'gjøre',
    'gjere',
    'gjera',
    'gjær',
  ],
  ...['list', 'outline', 'define', 'describe', 'name', 'give', 'show', 'explain', 'explanation', 'in', 'using', 'table', 'like', 'for', 'yes'],
  ...['forklaring', 'forklaringa', 'forklaringen', 'forklar'],
  ...['nevn', 'ramse', 'regn', 'beskriv', 'definer', 'gi', 'gje', 'vis', 'detaljene', 'i', 'på', 'to', 'tre', 'fire', 'fem', 'tabell', 'som', 'ja'],
  'catch',
  'fill',
  'spill',
  'dish',
  'tea',
  'scoop',
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
  // Exam prompts and search-box commands.
  'search',
  'look',
  'find',
  'søk',
  'slå',
  'finn',
  'drøft',
  'drøfte',
  'drøfta',
  'diskuter',
  'vurder',
  'gjør',
  'gjer',
  'redegjør',
  'discuss',
  'assess',
  'evaluate',
  'simple',
  'plain',
  'easy',
  'notes',
  'enkle',
  'lette',
  'notatene',
  'notata',
]);

// Compiled to machine code on first use (see machine-code-pattern.ts).
const TOPIC_REQUEST_WRAPPING = new MachineCodePattern(TOPIC_REQUEST);

/** The tokens without a request for a topic as a whole (see TOPIC_REQUEST), or the tokens themselves. */
export function withoutTopicRequest(tokens: readonly string[]): readonly string[] {
  if (!tokens.some((t) => TOPIC_TRIGGERS.has(t))) return tokens;
  // One word may be the topic ("hva med granatene"): the whole message is matched too.
  return withoutWrapping(tokens, TOPIC_REQUEST_WRAPPING, 1);
}
