import { describe, expect, it } from 'vitest';
import { seedEngine } from '../../support/seed-engine.js';
import { cleanMessage } from '../../../src/engine/message/clean-message.js';

describe('cleanMessage', () => {
  it.each([
    ['<@123456789012345678> who took the pictures', 'who took the pictures'],
    ['<@!123456789012345678>   hvem tok bildene?', 'hvem tok bildene?'],
    ['@factbot what about the bridge', 'what about the bridge'],
    ['bot, was there a train', 'was there a train'],
    ['hey bot what is 38 north', 'hey. what is 38 north'],
    ['ping <@&55555> and <#4444> @everyone @here', 'ping and'],
    ['**bold** and __under__ and `code` and ||spoiler||', 'bold and under and code and spoiler'],
    // Struck-out words are taken back: what stands beside them is asked.
    ['how ~~wide~~ long is the bridge', 'how long is the bridge'],
    ['~~USA har bevis~~ har USA bevis?', 'har USA bevis?'],
    // A fenced block of code goes whole; a question fenced keeps its words.
    ['look ```for (;;) { ping(); }``` lol', 'look lol'],
    ['```who owns the ferry?```', 'who owns the ferry?'],
    ['> NK sends shells to Russia\nis this true', 'NK sends shells to Russia\nis this true'],
    ['# big heading\nsmall text', 'big heading\nsmall text'],
    ['see [TV 2](https://tv2.no/x) and https://evil.example/y now', 'see TV 2 and now'],
    // Emoji standing for a word of the story are read as it (emoji-words.ts); the rest go.
    ['train 🚂🚂 to russia 👀 :eyes: <:pepe:1234567> <a:dance:7654321>', 'train train to russia'],
    ['flag 🇳🇴 and thumbs 👍🏽 ok', 'flag norway and thumbs ok'],
    ['ok 👍🏽 🎉 :eyes:', 'ok'],
  ])('%j -> %j', (input, expected) => {
    expect(cleanMessage(input)).toBe(expected);
  });

  it('drops emoticons made of letters, standing alone, and keeps words that look like them', () => {
    expect(cleanMessage('how does this thing work o_O').trim()).toBe('how does this thing work');
    expect(cleanMessage('T_T do we know what it carried xD').trim()).toBe('do we know what it carried');
    expect(cleanMessage('what is this article about :-P').trim()).toBe('what is this article about');
    expect(cleanMessage('who took the xd images')).toBe('who took the xd images');
  });

  it('keeps a message that only greets the bot as a greeting', () => {
    expect(cleanMessage('hei bot 👋')).toBe('hei.');
  });

  it('makes a greeting that opens a longer message a sentence of its own, and leaves a short one whole', () => {
    expect(cleanMessage('hey so who took the satellite pictures')).toBe('hey. so who took the satellite pictures');
    expect(cleanMessage('Hei, kan du si meg hvem som tok bildene?')).toBe('Hei. kan du si meg hvem som tok bildene?');
    expect(cleanMessage('good morning what was on the train')).toBe('good morning. what was on the train');
    for (const whole of ['hallo, er du der?', 'hello there bot', 'hei på deg', 'heisann']) expect(cleanMessage(whole)).toBe(whole);
    // Not a greeting: "hi" inside a word.
    expect(cleanMessage('history of the bridge and the border')).toBe('history of the bridge and the border');
  });

  it("puts each question of a numbered list on a line of its own, its number gone; not a date's ordinal", () => {
    expect(cleanMessage('1) who took the sat pics 2) what time were they taken')).toBe('who took the sat pics\nwhat time were they taken');
    expect(cleanMessage('Two things: (1) how long is the bridge (2) is there any other route')).toBe(
      'Two things:\nhow long is the bridge\nis there any other route',
    );
    expect(cleanMessage('Q1 wait, horses?? Q2 which direction')).toBe('wait, horses??\nwhich direction');
    expect(cleanMessage('1. hvem tok bildene\n2. når')).toBe('hvem tok bildene\nnår');
    expect(cleanMessage('den 12. november 2022')).toBe('den 12. november 2022');
    expect(seedEngine().ask('1) when did north korea shut the bridge 2) why').intent).toBe('friendship-bridge');
  });

  it("drops a pasted chat log's timestamps, names and reaction counts, which are no time or figure asked about", () => {
    expect(cleanMessage("[10:10] wes: what's the weight limit on the friendship bridge")).toBe("what's the weight limit on the friendship bridge");
    expect(cleanMessage('Marius — i går kl. 21:07\nstemmer det at nord-korea forsyner russland med våpen')).toBe(
      'stemmer det at nord-korea forsyner russland med våpen',
    );
    expect(cleanMessage('[19:22] aksel: hva var i toget da? våpen?\n🤔 2')).toBe('hva var i toget da? våpen?');
    expect(cleanMessage('<rick> did they publish any proof or nah')).toBe('did they publish any proof or nah');
    expect(cleanMessage('what happened at [10:24]?')).toBe('what happened at [10:24]?');
    // The timestamp once drew the 10:24 picture, at 0.98.
    expect(seedEngine().ask("[10:10] wes: what's the weight limit on the friendship bridge").intent).toBeNull();
  });

  it("drops a worksheet's task number before the question", () => {
    expect(cleanMessage('oppgave 3 c) hvem tok bildene?')).toBe('hvem tok bildene?');
    expect(cleanMessage('Oppg. 4: forklar hva 38 North er')).toBe('forklar hva 38 North er');
    expect(cleanMessage('Task 1b) Who denied it?')).toBe('Who denied it?');
    expect(cleanMessage('Q7: how long is the bridge')).toBe('how long is the bridge');
    expect(cleanMessage('question 5 was hard, who took the pictures')).toBe('question 5 was hard, who took the pictures');
  });

  it('drops another member named by an @ as typed, not the bot named so nor an e-mail address', () => {
    expect(cleanMessage('@per nei, toget hadde hester')).toBe('nei, toget hadde hester');
    expect(cleanMessage('hei @factbot hvem tok bildene')).toBe('hei. hvem tok bildene');
    expect(cleanMessage('is @ola_n right about the horses')).toBe('is right about the horses');
    expect(cleanMessage('mail me at kari@tv2.no')).toBe('mail me at kari@tv2.no');
  });

  it('drops a request to check put as a label before the statement, not the words of a statement', () => {
    expect(cleanMessage('fact check: the ferry sank in 2019')).toBe('the ferry sank in 2019');
    expect(cleanMessage('søk: ferjeruter 2019')).toBe('ferjeruter 2019');
    // The bot's view asked in passing, around a question of fact; not a question for it.
    expect(cleanMessage('would it be possible to say, do you think, whether the ferry sank?')).toBe('would it be possible to say, whether the ferry sank?');
    expect(cleanMessage('what do you think, did the ferry sink?')).toBe('what do you think, did the ferry sink?');
    expect(cleanMessage('Faktasjekk pls: ferja sank i 2019')).toBe('ferja sank i 2019');
    expect(cleanMessage('check the facts: did the ferry sink')).toBe('check the facts: did the ferry sink');
  });

  it('drops the bot called names as it is addressed, at the start or the end, and nothing else', () => {
    expect(cleanMessage('stupid bot, who runs the ferry?')).toBe('who runs the ferry?');
    expect(cleanMessage('when does the ferry leave, useless bot')).toBe('when does the ferry leave');
    expect(cleanMessage('is the ferry stupid?')).toBe('is the ferry stupid?');
  });

  it('drops a command typed as to a command-line bot, not a word of the question', () => {
    expect(cleanMessage('!factcheck who owns the ferry')).toBe('who owns the ferry');
    expect(cleanMessage('/sjekk: ferja sank i 2019')).toBe('ferja sank i 2019');
    expect(cleanMessage('check who owns the ferry')).toBe('check who owns the ferry');
  });

  it('makes a role to play opening a message a sentence of its own, so the question beside it stands alone', () => {
    expect(cleanMessage('pretend you are a sailor: who owns the ferry?')).toBe('pretend you are a sailor. who owns the ferry?');
    expect(cleanMessage('lat som du er kaptein – hvem eier ferja?')).toBe('lat som du er kaptein. hvem eier ferja?');
    expect(cleanMessage('the ferry company pretends it is safe, is it?')).toBe('the ferry company pretends it is safe, is it?');
    // An emoji between the role and a question word parts them; a relative "who" does not.
    expect(cleanMessage('lat som du er kaptein 😄 hvem eier ferja?')).toBe('lat som du er kaptein. hvem eier ferja?');
    expect(cleanMessage('pretend you are a sailor who owns the ferry')).toBe('pretend you are a sailor who owns the ferry');
  });

  it('drops a demand to answer closing a question, not a question about answering', () => {
    expect(cleanMessage('did the ferry sink or not, stop dodging the question')).toBe('did the ferry sink or not,');
    expect(cleanMessage('hvem eier ferja? svar på spørsmålet!')).toBe('hvem eier ferja?');
    expect(cleanMessage('how did the ferry company answer the question?')).toBe('how did the ferry company answer the question?');
  });

  it("drops a pasted post's label and the hashtags closing it, not a channel named as a place", () => {
    expect(cleanMessage('Fwd: «The ferry sank in 2019» true?')).toBe('«The ferry sank in 2019» true?');
    expect(cleanMessage("tweet: 'ferry sank lol' is that right?")).toBe("'ferry sank lol' is that right?");
    expect(cleanMessage('«Ferja sank» #Bergen #fjord. Stemmer det?')).toBe('«Ferja sank». Stemmer det?');
    expect(cleanMessage('did the ferry sink? #news')).toBe('did the ferry sink?');
    expect(cleanMessage('what did Kari say in #general')).toBe('what did Kari say in #general');
  });

  it('drops a change of subject announced before the question, not the word inside one', () => {
    expect(cleanMessage('unrelated but whats the weather in oslo tmrw')).toBe('whats the weather in oslo tmrw');
    expect(cleanMessage('off topic: who owns the ferry')).toBe('who owns the ferry');
    expect(cleanMessage('helt urelatert men hvem eier ferja')).toBe('hvem eier ferja');
    expect(cleanMessage('random question, when did the ferry sink')).toBe('when did the ferry sink');
    expect(cleanMessage('ok random but who owns the ferry')).toBe('who owns the ferry');
    // After a quoted message, the quote goes with it (answered with the think tank's entry at 0.98).
    expect(cleanMessage('> the ferry company is based in Oslo\nunrelated but whats the best pizza place in Oslo')).toBe('whats the best pizza place in Oslo');
    expect(seedEngine().ask('> the think tank is based in Washington\nunrelated but whats the best pizza place in DC lol').intent).toBeNull();
    expect(cleanMessage('could the ferry be unrelated to the storm?')).toBe('could the ferry be unrelated to the storm?');
  });

  it('drops the thing said not to be meant closing a message, not a tag, a hedge, a direction or a figure put right', () => {
    expect(cleanMessage('what was on it. the ferry i mean, not the bridge')).toBe('what was on it. the ferry i mean');
    expect(cleanMessage('hvor lang er ferja, ikke brua')).toBe('hvor lang er ferja');
    expect(cleanMessage('hvor lang er ferja, ikke sant?')).toBe('hvor lang er ferja, ikke sant?');
    expect(cleanMessage('the ferry sailed north, not the other way?')).toBe('the ferry sailed north, not the other way?');
    expect(cleanMessage('it sank in the 80s, not the 90s')).toBe('it sank in the 80s, not the 90s');
  });

  it('drops what the asker is doing, closing the request after a comma', () => {
    expect(cleanMessage('gimme the gist of the ferry story, doing a 90 sec news slot at 7')).toBe('gimme the gist of the ferry story');
    expect(cleanMessage('hvem eier ferja, jobber med en sak til i kveld')).toBe('hvem eier ferja');
    expect(cleanMessage('what was the ferry doing, a test run?')).toBe('what was the ferry doing, a test run?');
    // Declined at 0.35 on "sec", "slot" and "7".
    expect(seedEngine().ask('gimme the gist of this article in like two sentences, doing a 90 sec news slot at 7').intent).toBe('article-about');
  });

  it('drops a doubt closing a question ("or is that just propaganda"), not one asked alone', () => {
    expect(cleanMessage('is the captain a good sailor or is that just propaganda lol')).toBe('is the captain a good sailor?');
    expect(cleanMessage('sank ferja i stormen, eller er det bare oppspinn?')).toBe('sank ferja i stormen?');
    expect(cleanMessage('is that just propaganda')).toBe('is that just propaganda');
    // Answered with the arms claim at 0.86, which its word "propaganda" drew; the rider is asked, which the article does not tell.
    expect(seedEngine().ask('honestly is kim a good rider or is that just propaganda lol').intent).toBeNull();
  });

  it('drops whether it is known, asked after the question ("…, fant de ut det?"), not a question that is only that', () => {
    expect(cleanMessage('hva var det i lasterommet på ferja, fant de ut det?')).toBe('hva var det i lasterommet på ferja?');
    expect(cleanMessage('who owned the ferry, does anyone know?')).toBe('who owned the ferry?');
    expect(cleanMessage('hvem eide ferja, vet man det egentlig?')).toBe('hvem eide ferja?');
    expect(cleanMessage('the ferry sank in a storm, is that confirmed?')).toBe('the ferry sank in a storm?');
    expect(cleanMessage('does anyone know?')).toBe('does anyone know?');
    expect(cleanMessage('vet man hvem som eide ferja?')).toBe('vet man hvem som eide ferja?');
    // Answered with the crossing's entry at 0.68: "fant" and "ut" drew it from the cargo asked about.
    expect(seedEngine().ask('hva hadde toget med seg egentlig, fant de ut det?').intent).toBe('cargo-unknown');
  });

  it('drops a demand pressing the bot before the claim or question, not the word inside a question', () => {
    expect(cleanMessage('Innrøm det: ferja sank med vilje')).toBe('ferja sank med vilje');
    expect(cleanMessage('admit it, the ferry company lied')).toBe('the ferry company lied');
    expect(cleanMessage('be honest: did the ferry sink?')).toBe('did the ferry sink?');
    expect(cleanMessage('did the ferry company admit it?')).toBe('did the ferry company admit it?');
  });

  it('keeps a figure after "#" and reads the sign alone as "number"', () => {
    expect(cleanMessage('what does ferry #2 carry')).toBe('what does ferry #2 carry');
    expect(cleanMessage('hva fraktet ferje #2')).toBe('hva fraktet ferje #2');
    expect(cleanMessage('which ferry route # is it?')).toBe('which ferry route number is it?');
    // Declined: which resolution, by its number, the article does not give (answered with the UN ban at 0.97).
    expect(seedEngine().ask('which un resolution # is it?').declineReason).toBe('detail');
  });

  it("drops a letter's sign-off and the name under it, only at the end after a sentence", () => {
    expect(cleanMessage('Hvor lang er broen? Med vennlig hilsen Kari')).toBe('Hvor lang er broen?');
    expect(cleanMessage('Who took the images? Kind regards, Harold')).toBe('Who took the images?');
    expect(cleanMessage('Finnes det bevis? Takk på forhånd.')).toBe('Finnes det bevis?');
    expect(cleanMessage('Hva sa Kirby? Hilsen Arne, 81 år')).toBe('Hva sa Kirby?');
    expect(cleanMessage('Kven tok bileta? Helsing Olav')).toBe('Kven tok bileta?');
    expect(cleanMessage('Kven tok bileta? Med venleg helsing Olav')).toBe('Kven tok bileta?');
    expect(cleanMessage('Hvem eier Planet Labs? Ærbødigst, Oddvar Lie')).toBe('Hvem eier Planet Labs?');
    expect(cleanMessage('Hvor ligger Khasan? Deres hengivne Kåre')).toBe('Hvor ligger Khasan?');
    expect(cleanMessage('Where is Khasan? Yours faithfully, Bertram')).toBe('Where is Khasan?');
    expect(cleanMessage('Where is Khasan? With kind regards, Mabel')).toBe('Where is Khasan?');
    for (const kept of ['what does regards mean', 'Send my regards to Kim', 'Thanks in advance.']) expect(cleanMessage(kept)).toBe(kept);
  });

  it('writes the punctuation a dictated message speaks, and drops a wake word and the later address', () => {
    expect(cleanMessage('kva var på toget punktum veit nokon det')).toBe('kva var på toget. veit nokon det');
    expect(cleanMessage('kor mange bilete va det til saman spørsmålsteikn')).toBe('kor mange bilete va det til saman?');
    expect(cleanMessage('hey fact bot is it true that north korea sends weapons question mark')).toBe('hey. is it true that north korea sends weapons?');
    expect(cleanMessage('okay google no wait hey factbot how many pictures did they take')).toBe('hey. how many pictures did they take');
    expect(cleanMessage('who took the photos exclamation mark')).toBe('who took the photos!');
    // A question ending on its preposition: the mark after "med"/"with" closes it, it names no mark.
    expect(cleanMessage('kva kan eg bruke deg til og kven snakkar du med spørsmålsteikn')).toBe('kva kan eg bruke deg til og kven snakkar du med?');
    expect(cleanMessage('what were the pictures taken with question mark')).toBe('what were the pictures taken with?');
  });

  it("drops a letter's salutation and a sign-off with wishes, not a message that only says the salutation", () => {
    expect(cleanMessage('Dear Sir or Madam, who took the pictures?')).toBe('who took the pictures?');
    expect(cleanMessage('Til den det måtte gjelde. Hvem tok bildene?')).toBe('Hvem tok bildene?');
    expect(cleanMessage('Kjære bot, hvor lang er broen?')).toBe('hvor lang er broen?');
    expect(cleanMessage('How long is the bridge? Best wishes, Helen')).toBe('How long is the bridge?');
    expect(cleanMessage('Kjære redaksjon. Hvor ligger Khasan?')).toBe('Hvor ligger Khasan?');
    expect(cleanMessage('Dear Editor, where is Khasan?')).toBe('where is Khasan?');
    // After a greeting, which stays: "kjære fakta-tjeneste" read as a question on facts was answered with the arms claim.
    expect(cleanMessage('God kveld, kjære tjeneste. Hvor ligger Khasan?')).toBe('God kveld, Hvor ligger Khasan?');
    expect(cleanMessage('dear bot')).toBe('dear bot');
    expect(cleanMessage('Til den det gjelder.\nHvor ligger Khasan?')).toBe('Hvor ligger Khasan?');
    // A phone's signature under the letter, and the sign-off above it.
    expect(cleanMessage('Where is Khasan?\nBest regards, Helen\n\nSent from my iPhone')).toBe('Where is Khasan?');
    expect(cleanMessage('hvem tok bildene?\nSendt fra min Samsung Galaxy')).toBe('hvem tok bildene?');
    // A formal thanks in advance wraps the request: it was answered with the Soviet aid at 0.87.
    expect(seedEngine().ask('Dear fact-checker, I would be grateful for a short summary of the story. Best wishes, Ann').intent).toBe('article-about');
  });

  it('drops what an asker pushing back says they did not mean, when a question follows', () => {
    expect(cleanMessage('nei, jeg mente ikke hestene, jeg mente brevene. hvem skrev dem?')).toBe('nei, jeg mente brevene. hvem skrev dem?');
    expect(cleanMessage("no I didn't mean the bridge, the station. how far is it")).toBe('no the station. how far is it');
    // Nothing follows: the asker's whole question stays.
    expect(cleanMessage('hva mener ikke USA?')).toBe('hva mener ikke USA?');
    expect(seedEngine().ask('nei, jeg mente ikke broen, men stasjonen. hvor langt unna grensa sto toget?').intent).toBe('image-1429');
  });

  it('joins a question typed over several short lines before its marks go: a quote or list line stays apart', () => {
    expect(cleanMessage('the bridge\nhow long\nis it')).toBe('the bridge how long is it');
    expect(cleanMessage('> first time in years\nsays who?')).toBe('first time in years\nsays who?');
    expect(cleanMessage('1. who took them\n2. when')).toBe('who took them\nwhen');
  });

  it('drops what the asker sets aside before the question', () => {
    expect(cleanMessage('not the station, the bridge: how long is it?')).toBe('the bridge: how long is it?');
    expect(cleanMessage('ikke når den ble stengt, men når ble vennskapsbroen bygd?')).toBe('når ble vennskapsbroen bygd?');
    expect(cleanMessage("I don't mean the monitoring part, I mean how Kirby says the shells are hidden")).toBe('I mean how Kirby says the shells are hidden');
    expect(cleanMessage('setting aside the decoy thing - is the US still watching?')).toBe('is the US still watching?');
    expect(cleanMessage("Not Kim's hobby. The horse train: who reported it?")).toBe('The horse train: who reported it?');
    // What else is asked for than what is named: "besides", "other than", "utenom", "annet enn".
    expect(cleanMessage('Other than the ferry, what else crossed the fjord that day?')).toBe('what else crossed the fjord that day?');
    expect(cleanMessage('utenom ferja, hva annet gikk over fjorden?')).toBe('hva annet gikk over fjorden?');
    expect(cleanMessage('besides that, who owns the quay?')).toBe('who owns the quay?');
    // Fewer than three words after it: pushback on an answer, nothing set aside.
    expect(cleanMessage('ikke bekreftet, sier du?')).toBe('ikke bekreftet, sier du?');
    expect(cleanMessage('Not sure what Kim Il-sung did')).toBe('Not sure what Kim Il-sung did');
    // The speed asked, not the bridge's length set aside: answered with the bridge's entry at 0.89.
    expect(seedEngine().ask('not how long the bridge is, how fast was the train going?').intent).toBeNull();
    // Answered with the horse train's entry, which its words named (0.98).
    expect(seedEngine().ask('Other than horses, what might the train into Russia have carried?').intent).toBe('cargo-unknown');
    // Answered with the horse train's entry at 0.98.
    expect(seedEngine().ask('ikke hestetoget, jeg mener toget på satellittbildene.. hvilken vei kjørte det?').intent).toBe('train-crossing');
  });

  it("keeps a site's name and drops its domain and path, not an e-mail address's", () => {
    expect(cleanMessage('faktasjekker i Faktisk.no, stemmer det?')).toBe('faktasjekker i Faktisk , stemmer det?');
    expect(cleanMessage('someone shared tv2.no/nyheter/utenriks without a date')).toBe('someone shared tv2 without a date');
    expect(cleanMessage('mail me at kari@tv2.no')).toBe('mail me at kari@tv2.no');
  });

  it('drops what a speaker takes back before the question', () => {
    expect(cleanMessage('the shells, no wait, the horses: who reported them')).toBe('the horses: who reported them');
    expect(cleanMessage('nei vent, hvem tok bildene')).toBe('hvem tok bildene');
    // Nothing asked after it: nothing is taken back.
    expect(cleanMessage('who took them no wait')).toBe('who took them no wait');
  });

  it('reads a comma spoken before a question word as a comma, and not one between numbers', () => {
    expect(cleanMessage('so comma who took the pictures question mark')).toBe('so, who took the pictures?');
    expect(cleanMessage('bildene komma når ble de tatt')).toBe('bildene, når ble de tatt');
    expect(cleanMessage('er broa to komma fem km')).toBe('er broa to komma fem km');
    expect(seedEngine().ask('hva kan du svare på komma hva vet du om').intent).toBe('help');
  });

  it('reads a comma spoken before the verb opening a yes/no question as a comma (declined as unsure at 0.27)', () => {
    expect(cleanMessage('they said it was arms comma does the picture prove that')).toBe('they said it was arms, does the picture prove that');
    expect(cleanMessage('usa sier det komma har de bevis')).toBe('usa sier det, har de bevis');
    const q = 'okay so the americans said north korea is supplying russia with arms comma does the satellite stuff actually prove that';
    expect(seedEngine().ask(q).intent).toBe('claim-arms-supply');
  });

  it('keeps punctuation words that name a mark rather than speak it', () => {
    for (const q of [
      'Hvorfor setter 38 North spørsmålstegn ved dette?',
      'is there a question mark over the evidence',
      'what happened in the soviet period',
      'what is factbot',
    ])
      expect(cleanMessage(q)).toBe(q);
  });

  it('leaves ordinary questions as they are', () => {
    expect(cleanMessage('Hvor lang er Vennskapsbroen?')).toBe('Hvor lang er Vennskapsbroen?');
    // Plain ASCII, no markup: only the white space is tidied.
    expect(cleanMessage('  who   took\tthe pictures?\n\n  and why ')).toBe('who took the pictures?\nand why');
  });
});

describe('Engine: struck-out words', () => {
  it('asks what stands beside the words struck out (declined as a width the article lacks before)', () => {
    expect(seedEngine().ask('how ~~wide~~ long is the bridge to russia').intent).toBe('friendship-bridge');
  });
});

describe('Engine: an angry asker', () => {
  it('answers the question however the bot is called names or sworn at (declined at 0.52 before)', () => {
    expect(seedEngine().ask('stupid bot, is north korea really arming russia or is that just US bullshit?').intent).toBe('claim-arms-supply');
  });
});
