import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { asksBotsView, latestYearIn, questionFrame } from '../../../src/engine/message/question-frame.js';
import { seedEngine } from '../../support/seed-engine.js';

// The article's knowledge base tells of nothing after 2022.
const frameOf = (text: string) => questionFrame(tokenize(text), 2022);

describe('questionFrame', () => {
  it.each([
    'will russia send the train back',
    'what will kim do next year',
    'kommer usa til å straffe nord-korea',
    'hva skjer videre med grensen',
    'are they gonna close the bridge again',
    'what happens in 2025',
    'vil grensen bli åpnet igjen',
    'vil dei nokon gong innrømme det',
    'kjem dei te å svare på det',
    'will the shells ever be found',
    'when is the next train due',
    'what happens to the ferry if the strike goes on',
    'hva skjer med ferja hvis streiken fortsetter',
    'når kommer neste tog over grensen',
    'hva blir den neste sanksjonen',
    'hva vil FN gjøre med dette nå',
    'is the ministry going to impose a fine on the ferry company',
    'is the ferry company going to test a new route before christmas',
    'kommer de med ny ferje før jul',
    'Skal rederiet legge ned fleire ruter før nyttår?',
    'skal Kim besøke Putin snart',
    'ska dæm send meir granata',
    // Asked indirectly, and of the article, which tells no future.
    "does the article say if there'll be a new ferry route",
    'does it say whether the ministry will pay',
    'there will be a strike',
  ])('%j asks about the future', (q) => expect(frameOf(q)).toBe('future'));

  it.each(['is the ferry going to Bergen', 'were the passengers going to the coast'])('%j asks where something is headed, not what will come', (q) =>
    expect(frameOf(q)).toBeUndefined(),
  );

  it.each(['where was the train the next day', 'what did 38 North see in the next image'])('%j asks about the next of what has been', (q) =>
    expect(frameOf(q)).toBeUndefined(),
  );

  it.each(['hvor kommer hestene til Kim fra', 'kvar kjem hestane til Kim frå'])('%j asks where something comes from, not what will come', (q) =>
    expect(frameOf(q)).toBeUndefined(),
  );

  it.each(['har amerikanerne sjekket om våpnene kommer frem til grensen', 'kjem lasta fram til Khasan'])(
    '%j asks whether something arrives, not what will come',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it.each(['skal rederiet ha sendt ferja til Bergen', 'skal skrive om ferja i en oppgave', 'skal jeg spørre på engelsk'])(
    "%j reports what is said to have been, or the asker's own plan: no future",
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it('still reads "kommer til å komme fram" as what will come', () => expect(frameOf('kommer de til å komme fram')).toBe('future'));

  it.each(['har Nord-Korea sagt at de kommer til å selge mer ammunisjon', 'did Kirby say the US will keep watching the shipments'])(
    '%j asks what someone said of the future, not what will come',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it.each(['did the ferry company signal any plan to raise prices in the future', 'har rederiet varslet at de kommer til å legge ned ruten'])(
    '%j asks what someone let be known of the future, not what will come',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it.each([
    'what would the captain do if the storm came back',
    'what penalty would the company face if the report were true',
    'hva ville kapteinen gjort hvis stormen kom tilbake',
  ])('%j asks what someone would do or face on a condition', (q) => expect(frameOf(q)).toBe('hypothetical'));

  it('still reads whether a deed would break a rule as asked of what the article says', () =>
    expect(frameOf('would it be illegal if the ferry sailed without a licence')).toBeUndefined());

  it('still reads a prediction before the saying as one', () => expect(frameOf('will russia pay, as the US says')).toBe('future'));

  it.each(['hva slags avtale vil Russland og Kim ha', 'kva vil dei oppnå med brevene'])('%j asks what someone wants ("vil"), not what will be', (q) =>
    expect(frameOf(q)).toBeUndefined(),
  );

  it.each(['Vil De være så vennlig å opplyse om hvor broen ligger?', 'will you tell me where the bridge is', 'vil du forklare hvem som tok bildene'])(
    '%j asks the bot to tell, now: no future',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it.each(['vil du fortelle meg om Russland sender flere våpen neste år?', 'will you tell me what will happen next'])(
    '%j still asks about the future after it',
    (q) => expect(frameOf(q)).toBe('future'),
  );

  it.each([
    'what do you think of putin',
    'synes du kim er farlig',
    'should the un do more',
    'hva mener du om saken',
    'bør norge reagere',
    'if you had to guess, shells or food?',
    "what's your gut feeling on the cargo",
    'hvem har rett, Russland eller USA',
    "who's the better president",
    "isn't it kinda funny that the bridge is so short",
    'tipper du det var våpen',
    // The bot told to guess.
    'bare gjett hva ferja hadde om bord',
    'take a guess: who owns the ferry',
    // The bot's view taken for granted, and which side it is on.
    'du tror vel også at ferja var full, ikke sant',
    'do you support russia or ukraine',
    'støtter du USA',
    // A learner's word order: the verb after "du".
    'Hva du mener, lyver Nord Korea eller USA?',
    'kva du trur om dette',
    // A moral verdict, asked as an exam prompt.
    'drøft om det er moralsk riktig av rederiet å selge ferja',
    'is it ethical for the port to sell the ferry',
  ])('%j asks for an opinion', (q) => expect(frameOf(q)).toBe('opinion'));

  it.each([
    'er det dumt av Russland å kjøpe granater',
    'er det moralsk galt av Russland',
    'is it morally wrong of Kim',
    'was it smart of Kim to sell them',
    'is 38 North biased',
    'er det pinlig for Putin',
  ])('%j asks for a verdict on a deed, an opinion', (q) => expect(frameOf(q)).toBe('opinion'));

  it.each([
    "my mate says 38 North took the pics, I say Planet Labs. who's right?",
    'onkel sier de aldri har kommentert det, jeg mener de har nekta. hvem har rett?',
  ])("%j asks which claim among the asker's people holds, no opinion", (q) => expect(frameOf(q)).toBeUndefined());

  it("still reads who is right between the story's sides as an opinion", () =>
    expect(frameOf('USA sier de sender granater, Nord-Korea sier nei. Hvem har rett?')).toBe('opinion'));

  it.each(['hva blir det påstått om containerne', 'blir det fulgt med på forsendelsene', 'blir det faktisk bevist i saken', 'hva blir det på norsk'])(
    '%j speaks of now: its "blir" is the passive, or what it comes to',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it('still reads "blir det krig" and "blir det lett" as what is to come', () => {
    expect(frameOf('blir det krig mellom dem')).toBe('future');
    expect(frameOf('blir det lett å bevise')).toBe('future');
  });

  it.each(['er det sant at toget kom fra Nord-Korea', 'is it true the bridge is 800 m long', 'was it the same train in every picture'])(
    '%j asks whether something is so, no verdict',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it.each(['I should be grateful if you could tell me who took the pictures', 'I should like to know whether the shells reached Russia'])(
    '%j asks no opinion: its "should" is the politeness of a letter',
    (q) => expect(frameOf(q)).toBeUndefined(),
  );

  it("hears the bot's own view asked for, as a question or a request, and declines the message it closes", () => {
    expect(frameOf('your honest opinion pls')).toBe('opinion');
    expect(frameOf('din ærlige mening takk')).toBe('opinion');
    expect(asksBotsView(tokenize('your honest opinion pls'))).toBe(true);
    // A letter's courtesy around a question of fact.
    expect(asksBotsView(tokenize('I should value your considered view'))).toBe(false);
    const answer = seedEngine().ask("who's telling the truth here, washington or pyongyang? your honest opinion pls");
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('opinion');
    // "What do you think" after the question, with no question mark of its own, or before it.
    expect(asksBotsView(tokenize('be honest what do you think'))).toBe(true);
    expect(asksBotsView(tokenize("I'd be curious to know what you personally think"))).toBe(true);
    expect(frameOf('do you not think the ferry company is lying')).toBe('opinion');
    expect(seedEngine().ask('is the ferry story just propaganda? be honest what do you think').declineReason).toBe('opinion');
  });

  it("hears a hot take asked for as the bot's view (answered with the letters at 0.74)", () => {
    expect(asksBotsView(tokenize('give me a hot take for the pod'))).toBe(true);
    expect(seedEngine().ask('is kim jong-un a bigger threat than putin? give me a hot take for the pod').intent).toBeNull();
  });

  it('still hears an opinion beside a polite "should"', () => {
    expect(frameOf('I should be glad to hear what you think of Kim')).toBe('opinion');
  });

  it.each([
    'who took the satellite pictures',
    'hvor lang er broen',
    'what happened in 2020',
    'which side of the border was the train on',
    'what did putin and kim agree on',
    'is it fair to say the claim is unproven',
    'hei, korleis har du det?',
    'hey, how are you? who took the pictures',
    'du, er bildene ekte?',
  ])('%j is an ordinary question', (q) => expect(frameOf(q)).toBeUndefined());

  it.each([
    'how are you?',
    'Hvordan går det med deg?',
    'hva driver du med',
    'kven har laga deg',
    'who made you',
    'are you a real person?',
    'e du ein ekte person',
    'er du et menneske',
    'are you a bot',
    "what's your name",
    'kva heiter du',
    'what are you allowed to say',
    'er du en faktasjekk-bot?',
    'are you some kind of news bot',
    'hvem bestemmer hva du får lov å si',
  ])('%j asks about the bot itself', (q) => expect(frameOf(q)).toBe('personal'));

  it('reads what the bot may say as about the bot, what a country may do as about the story', () => {
    expect(seedEngine().ask('what are you allowed to say').intent).toBeNull();
    expect(seedEngine().ask('is north korea allowed to sell weapons').intent).toBe('un-arms-ban');
  });

  it('takes a year after the latest the knowledge base tells of for a prediction, and no year before or at it', () => {
    expect(questionFrame(tokenize('what happened to the ferry in 2024'), 2022)).toBe('future');
    expect(questionFrame(tokenize('what happened to the ferry in 2024'), 2024)).toBeUndefined();
    expect(questionFrame(tokenize('what happened to the ferry in 2020'), 2022)).toBeUndefined();
    expect(questionFrame(tokenize('what happened to the ferry in 2024'))).toBeUndefined();
  });

  it('takes a later year the article is said to be from for a date to check, not a prediction', () => {
    expect(questionFrame(tokenize('er saken fra 2024?'), 2022)).toBeUndefined();
    expect(questionFrame(tokenize('was the story from 2025'), 2022)).toBeUndefined();
    // Two dates offered to choose from: the later one is checked too.
    expect(questionFrame(tokenize('is the article from 2022 or 2024'), 2022)).toBeUndefined();
    expect(questionFrame(tokenize('will the story be from 2022 or 2024'), 2022)).toBe('future');
    expect(questionFrame(tokenize('this is from 2024 right'), 2022)).toBe('future');
    expect(questionFrame(tokenize('what will the article say in 2024'), 2022)).toBe('future');
  });
});

describe('latestYearIn', () => {
  it('finds the latest year texts name, as a year and not inside a longer number', () => {
    expect(latestYearIn(['Founded in 1948.', 'In November 2022 a train crossed; 2017 was the last test.'])).toBe(2022);
    expect(latestYearIn(['It cost 120240 kroner, the 800 m bridge'])).toBeUndefined();
  });
});

describe('questionFrame: what evidence means, asked with "should"', () => {
  it('answers "should we read anything into them" as a question of what it shows (declined as an opinion)', () => {
    expect(seedEngine().ask('what about those three containers, should we read anything into them').intent).toBe('transloading-unconfirmed');
  });

  it('still declines what someone should do', () => {
    expect(seedEngine().ask('should Norway send weapons to Ukraine?').intent).toBeNull();
  });
});
