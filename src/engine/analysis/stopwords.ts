/**
 * Function words that carry nothing for matching. Unlike natural's lists these keep the question
 * words (hvem, hva, når, who, what, when…), which tell "who took the photos" from "when".
 */
// prettier-ignore
export const STOPWORDS: ReadonlySet<string> = new Set([
  // Bokmål (Nynorsk has been mapped to Bokmål before this list is consulted)
  'og', 'i', 'på', 'pa', 'er', 'var', 'det', 'den', 'de', 'en', 'et', 'ei', 'som', 'til', 'for', 'med', 'av', 'om',
  'å', 'har', 'hadde', 'ha', 'blir', 'ble', 'bli', 'blitt', 'vært', 'være', 'kan', 'kunne', 'skal', 'skulle', 'vil', 'ville',
  'jeg', 'meg', 'du', 'deg', 'seg', 'sin', 'sitt', 'sine', 'så', 'men', 'eller', 'at', 'dette', 'disse', 'der', 'her',
  'nå', 'jo', 'vel', 'da', 'noe', 'noen', 'oss', 'vi', 'dere', 'sa', 'si', 'fortell', 'forklar', 'lurer', 'gjerne',
  'egentlig', 'mon', 'altså', 'liksom', 'bare', 'vet', 'du', 'dem', 'deres', 'min', 'mitt', 'mine', 'din', 'ditt',
  // The people of a body named beside it ("disse 38 North-folka", "gutta i Kreml"): the body is what is asked of.
  'folka', 'folkene',
  // "Instead" says how a thing is asked ("help me with math instead"), not what: the horse train's examples use it.
  'instead',
  // English
  'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'of', 'to', 'in', 'on', 'at', 'for', 'and',
  'or', 'it', 'its', 'this', 'that', 'these', 'those', 'do', 'does', 'did', 'there', 'their', 'they', 'them', 'by',
  'as', 'so', 'me', 'you', 'your', 'can', 'could', 'would', 'should', 'will', 'shall', 'tell', 'please', 'just',
  'actually', 'really', 'exactly', 'wonder', 'explain', 'we', 'our', 'my', 'i', 'has', 'have', 'had', 'he',
  'she', 'his', 'her', 'him', 'like', 'pls', 'plz', 'know',
  // An assignment's task verbs, as "explain" and "forklar": they say what to do with the answer, not what is asked.
  'describe', 'outline', 'beskriv', 'drøft', 'redegjør',
  // Chat fillers in either language: they say how someone asks, not what.
  'lol', 'lmao', 'haha', 'hehe', 'btw', 'tbh', 'idk', 'imo', 'omg', 'um', 'uh', 'hmm', 'hm', 'eh', 'wow', 'ah',
  'guys', 'guy', 'stuff', 'basically', 'anyway', 'anyways', 'even', 'whole', 'thing', 'things', 'kinda', 'sorta',
  'literally', 'honestly', 'seriously', 'ya', 'yeah', 'yep', 'um', 'ok', 'okay', 'so', 'then', 'again', 'quick',
  'quickly', 'question', 'wondering', 'curious', 'anyone', 'someone', 'somebody', 'mean', 'itself', 'himself', 'self',
  'themselves', 'yourself', 'all', 'any', 'wait', 'assessment', 'opinion', 'view', 'overall', 'regarding', 'concerning', 'respect',
  'godt', 'vurdering', 'synes', 'syns', 'tror', 'mener', 'angående', 'vedrørende', 'hele', 'heile',
  'forresten', 'liksom', 'lissom', 'sånn', 'sann', 'typ', 'hæ', 'ass', 'altso', 'jaja', 'mm', 'lurte', 'spørsmål',
  'sporsmal', 'nokon', 'noen', 'ting', 'greia', 'greie', 'dere', 'kjapt', 'kjapp', 'fort',
  // Degree, place and hearsay words that say how, not what: "he like horse very much", "i heard …", "here", "already".
  'very', 'veldig', 'here', 'already', 'allerede', 'heard', 'something', 'somethin', 'period',
  'helt', 'heilt', 'some', 'denne', 'ett', 'vite', 'veit', 'need', 'bit', 'følgende', 'følgjande',
  'everything', 'pretty', 'quite', 'totally', 'super', 'maybe', 'probably', 'perhaps', 'guess', 'suppose', 'apparently',
  'kanskje', 'ganske', 'kjempe', 'tydeligvis', 'visst', 'visstnok', 'also', 'også', 'might', 'personally', 'man', 'han', 'sånt', 'unnskyld',
  'får', 'andre',
  // "Do" in Norwegian, as "do", "does" and "did" above: "hva er det USA påstår at Nord-Korea gjør" asks of the claim.
  'gjør', 'gjorde', 'gjort', 'gjøre',
  // "Alle sammen" greets everyone; "sammen" (together) stems as "samme" (same) does: "samme toget på alle bildene" is no greeting.
  // "Alle" (all) is English "all", already here: "på alle bildene" asks of the pictures, not the greeting "hei alle".
  'sammen', 'alle',
  // "Finally" says when someone got round to something ("got the kids to bed, finally"), not the final picture it stems to.
  'finally',
  // How a question is put ("hva betyr", "hva heter", "hva slags", "hvilke", "ifølge", "according to", "in Norwegian"): the
  // detail checks read these from the tokens; to matching they say nothing of the topic.
  'betyr', 'heter', 'slags', 'hvilke', 'ifølge', 'according', 'engelsk', 'norwegian', 'through', 'than', 'virkelig', 'while', 'alltid', 'along',
  // "Ja eller nei?", "yes or no": how to answer, not what about.
  'ja', 'nei', 'yes', 'slik', 'matter', 'both', 'beside', 'klarer', 'leser',
  // Slang, internet abbreviations and interjections, English and Norwegian.
  'ngl', 'bruh', 'nah', 'fr', 'tldr', 'tl', 'dr', 'lowkey', 'highkey', 'fam', 'dude', 'smh',
  // Swearing, and insults thrown at the bot ("stupid bot", "hvem i helvete er …"): anger, not what is asked.
  'fuck', 'fucking', 'fuckin', 'bullshit', 'crap', 'crappy', 'bloody', 'stupid', 'useless', 'idiot', 'helvete', 'jævla', 'jævlig', 'jævli', 'dritt',
  'pokker', 'fanden', 'faens', 'ubrukelig',
  'tbf', 'iirc', 'afaik', 'ikr', 'rn', 'cuz', 'coz', 'tho', 'wtf', 'ffs', 'damn', 'dang', 'heck', 'sus', 'yall',
  'gonna', 'wanna', 'gotta', 'lemme', 'gimme', 'ya', 'u', 'ur', 'pls', 'plz', 'oh', 'but', 'though', 'ooh', 'huh', 'welp',
  'hmmm', 'lmfao', 'rofl', 'xd', 'jk', 'imho', 'fyi', 'asap', 'nvm', 'btw', 'pal', 'mate', 'folks', 'everyone',
  'y', 'all', 'real', 'srsly', 'rly', 'rlly', 'legit', 'tryna', 'kinda', 'ok', 'okay', 'okey', 'alright', 'hold', 'hang',
  'vent', 'litt', 'ærlig', 'talt', 'skjønner', 'skjønne', 'forstår', 'asså', 'assa', 'altså', 'dritt', 'kjipt',
  'jaggu', 'faen', 'fy', 'herregud', 'shit', 'jøss', 'oi', 'æsj', 'uff', 'hmm', 'ehh', 'åja', 'aha', 'jaha',
  'folkens', 'gutta', 'venner', 'typen', 'karen', 'fyren', 'fyr', 'gutten', 'lissom', 'sikkert', 'lizm', 'døh', 'heh', 'hahaha', 'haha', 'lol', 'lolz',
  // British and colloquial English, and how much of something ("a ton of", "ei haug med"): tone, not topic.
  'innit', 'reckon', 'reckons', 'bloody', 'blimey', 'bruv', 'lads', 'dunno', 'aye', 'ton', 'tons', 'heaps',
  // Oslo youth slang and multiethnolect: "jalla" (cheap, fake), "walla" (I swear), "helt texas" (crazy), "brur" (bro; not "bro", a bridge).
  'jalla', 'walla', 'wallahi', 'habibi', 'brur', 'brødda', 'texas', 'gzz',
  // "Sjofe" (look, check) and "wolla" (I swear): how it is said, not what is asked.
  'sjofe', 'sjofa', 'sjof', 'wolla', 'wollah',
  'serr', 'seriøst', 'sykt', 'skikkelig', 'jævla', 'jævlig', 'egt', 'haug', 'haugevis', 'masse', 'iallfall',
  'ihvertfall', 'hvertfall',
  // Modal verbs ("må ha med sitat", "I must know"): how, not what.
  'må', 'måtte', 'must',
  // A quotation or an attribution asked for ("quote from Kirby?", "attributed to whom"): every entry says who said what.
  'quote', 'quotes', 'quoted', 'sitat', 'sitatet', 'sitater', 'sitert', 'attributed', 'attribution',
  // Gaming-server slang: "chat" is the audience addressed ("chat is this real"), "ong" and "deadass" vouch ("on god").
  'chat', 'ong', 'ayo', 'deadass', 'istg', 'icl', 'bussin', 'slay', 'sheesh', 'bestie', 'kæbe', 'cap', 'goofy', 'yapping',
  // Letter-style address and sign-off, and hedges ("I thought …", "jeg trodde …"): how, not what.
  'kindly', 'vennligst', 'venligst',
  // Officialese: "the undersigned" (I), "hereby", "herewith", "the material under review": how a letter puts it.
  'undersigned', 'undertegnede', 'herved', 'hereby', 'herewith', 'hermed', 'approximate',
  'dear', 'sir', 'madam', 'mr', 'mrs', 'ms', 'sincerely', 'regards', 'kjære', 'herr', 'fru', 'hilsen', 'mvh',
  'thought', 'trodde', 'believe',
  // A guess stated, not asked ("tippa det var våpen", "I bet it was shells"): the bot's guess is asked by "tipper du", read
  // from the tokens before these go.
  'tippa', 'tipper', 'tippar', 'bet', 'gjetter', 'gjettar',
  // "About" with a figure ("ca 200 m"), and the people an asker quotes ("my uncle says …"): how, not what.
  'ca', 'cirka', 'circa', 'omtrent', 'omkring', 'approximately', 'roughly', 'approx',
  'uncle', 'aunt', 'buddy', 'neighbour', 'neighbor', 'coworker', 'colleague', 'roommate', 'dad', 'mum', 'mom',
  'onkel', 'onkelen', 'tante', 'tanta', 'tanten', 'kompis', 'kompisen', 'nabo', 'naboen', 'kollega', 'kollegaen',
  'svoger', 'svogeren', 'pappa', 'mamma',
  // The asker's day and manners around a question ("we were arguing over dinner", "pardon me", "I lived in East Asia"):
  // the training questions that tell of them drew any question saying such a word. Not "lunch", a time of day ("the
  // picture after lunch").
  'dinner', 'pardon', 'excuse', 'arguing', 'argued', 'lived', 'travelled', 'traveled', 'magnifying',
  // Whom an asker asks for, or reads to, and why ("grandma asks …", "bestemor lurer på …", "for my students"):
  // who wants to know, not what. Not kin that the article's people have (a grandfather, a son, a sister, children).
  'grandma', 'granny', 'nana', 'grandmother', 'students', 'pupils', 'classmates', 'asks',
  'bestemor', 'bestemora', 'oldemor', 'oldefar', 'farmor', 'mormor', 'elevene', 'elevane', 'elever', 'venninne',
  'venninna', 'venninnen', 'spør',
  // What the asker is making of the answer ("for a quiz", "kryssord: …", "spoiler"): why they ask, not what.
  'quiz', 'spoiler', 'spoilers', 'crossword', 'clue', 'kryssord', 'kryssordet',
  // Function words the lists above lack: "dersom" (if), "ta imot" (receive), chat's "el" (eller), "elns" (eller noe sånt),
  // "smth" (something); Oslo slang "wallah" (I swear); "actual" as in "any actual proof".
  'dersom', 'imot', 'el', 'elns', 'elno', 'smth', 'sth', 'wallah', 'wolla', 'actual',
  // "Hvor skal granatene sendes hen": "hen" only points where, which "hvor" asks already.
  'hen',
  // How long an answer is wanted ("in three sentences", "på tre setninger"): how, not what.
  'sentence', 'sentences', 'setning', 'setninger', 'setningar',
]);

/**
 * Slang that is filler in English and a word in Norwegian: "bro, who took the pics" calls the asker's friend, while
 * "hvor lang er broa" asks about the bridge (bro). Filler only in a message read as English.
 */
export const ENGLISH_ONLY_FILLER: ReadonlySet<string> = new Set(['bro', 'broo', 'brooo', 'bru', 'brah', 'bruv']);
