import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { askedDetail, askedEvent, statedTimes, tellsEvent } from '../../../src/engine/message/asked-detail.js';
import { givesDetail, givesExactTime, offeredDetails } from '../../../src/engine/message/offered-details.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('askedDetail', () => {
  it.each([
    ['how many horses were there', 'quantity'],
    ['hvor mange vogner', 'quantity'],
    ['det største beløpet Sovjet ga', 'quantity'],
    ['når på døgnet kom hestene fram', 'clock'],
    ['kva tid på døgnet gjekk toget', 'clock'],
    ['kor fort gikk toget', 'speed'],
    ["what's 10:24 in GMT", 'zone'],
    ['hva er 14.29 i norsk tid', 'zone'],
    ['when did they write the letters', 'time'],
    ['hvilket år ble den vedtatt', 'time'],
    ['how far back do the ties go', 'since'],
    ['Hvor lenge var det siden ferja sist gikk?', 'since'],
    ['kor lenge er det sidan brua vart opna', 'since'],
    ['how far back do the two harbours date', 'since'],
    // With the English word in a Norwegian question (it was a distance).
    ['hvor langt back går forholdet', 'since'],
    // How long ago it began, not a length; a number asked in Norwegian word order.
    ['how long is it since a train was seen here', 'since'],
    ['which resolution is it, what number has it', 'identifier'],
    ['which number has the ferry route', 'identifier'],
    ['hva er kaia laget av', 'attribute'],
    ['what class of ferry sails the route', 'attribute'],
    ['what gauge is the railway to the harbour', 'attribute'],
    ['kva klokka gjekk ferja frå kaia?', 'clock'],
    ['ka klokka kom ferja?', 'clock'],
    ['kva sporvidde har jernbanen til kaia', 'attribute'],
    ['sporvidda skifter jo ved kaia, men når gikk ferja', 'time'],
    // How sharp pictures are, not a UN resolution nor a union breaking up.
    ["what's the resolution on your satellite cameras", 'attribute'],
    ['at what resolution were the pictures taken', 'attribute'],
    ['what resolution are the satellite photos', 'attribute'],
    ['hvor god oppløsning har bildene', 'attribute'],
    ['kaia er laget av kommunen, ikke sant?', undefined],
    ['we read it in class today, who took the pictures', undefined],
    ['how tall is the lighthouse', 'height'],
    ['hvor høy er fyret', 'height'],
    ['kor høg er masta', 'height'],
    ['since when has the ferry run, what date', 'since'],
    ['who took the pictures', undefined],
    // "Still" at a picture's time of day, not now.
    ['in the 13:10 picture is the ferry still at the quay', undefined],
    ['kor lenge fekk dei hjelp', 'duration'],
    ['how long is the bridge', 'length'],
    ['hvor lang er brua', 'length'],
    ['hvor lang er avstanden til grensen', 'distance'],
    ['how many metres long is the bridge', 'length'],
    ['hvor mange meter lang var toget', 'length'],
    ['how many metres from the bridge was it', 'distance'],
    ['who studied the images afterwards', undefined],
    ['kven såg på bileta etterpå', undefined],
    ['what did the US do afterwards', 'later'],
    // Proven later, in either Bokmål spelling.
    ['ble det ikke bevist seinere at ferja sank?', 'later'],
    ['was it proven later that the ferry sank', 'later'],
    ['where did the ferry go next', 'later'],
    ['kjørte toget videre derfra', 'later'],
    ['and the train after khasan', 'later'],
    ['did the ferry ever arrive in port', 'later'],
    ['so did the cargo finally reach the island? any update', 'later'],
    ['whether the crates have since arrived', 'later'],
    ["what was the ferry's final destination", 'later'],
    ['ka skjedde med skipperen sia?', 'later'],
    ['what happened to the ferry since', 'later'],
    ['which UN resolution is it, like the number', 'identifier'],
    ['hvor mye last hadde ferja, tonn', 'weight'],
    ['hva var endestasjonen til ferja', 'later'],
    ['how many meter is that bridge', 'length'],
    ['kor mange km e grensa', 'length'],
    ['how many km away was the station', 'distance'],
    ['were any of the tests short-range missiles', undefined],
    ['what range do those missiles have', 'distance'],
    ['var ikke broen 500 meter lang', undefined],
    ['hvor mye holder det amerikanerne sier', undefined],
    ['how much of it is true', undefined],
    ['fins det andre veier enn broen', undefined],
    ['hvor mye veier en granat', 'weight'],
    ['hva viser bilde nummer tre', undefined],
    ['hva er nummeret på resolusjonen', 'identifier'],
    // A number guessed after "nummeret", or given of a resolution: its identifier asked (read as naming one before).
    ['nummeret, 1718?', 'identifier'],
    ['is it resolution number 1718', 'identifier'],
    ['hva viser bilde nummer 2', undefined],
    ['hva mistenkes russland for når det gjelder sanksjonene', undefined],
    ['exactly how many missiles did they launch', 'exactQuantity'],
    ['hvor mange missiler skjøt de opp i 2022, nøyaktig tall?', 'exactQuantity'],
    ['the precise number of shells please', 'exactQuantity'],
    ['how much exactly did the horses cost', 'exactQuantity'],
    ['hvor mye nøyaktig kostet hestene', 'exactQuantity'],
    // "Exactly" right after the thing counted, in any of its words.
    ['hvor mange raketter eksakt skjøt de opp', 'exactQuantity'],
    ['kor mange rakettar nøyaktig', 'exactQuantity'],
    ['how many missiles precisely were launched', 'exactQuantity'],
    ['how many wagons were there? need a number', 'exactQuantity'],
    ['hvem er han gift med', 'family'],
    ['who was his wife', 'family'],
    ['my wife asked who took the pictures', undefined],
    ['38 north called it the first train there in years', undefined],
    ['what was the station in russia called', 'name'],
    ['hva het hesten til kim', 'name'],
    ['kva heitte stasjonen', 'name'],
    ['who wrote the article?', 'name'],
    ['hur lång är bron', 'length'],
    // The "when" of a clause after the question's own "what".
    ['What speed had the train when it was crossing over the bridge?', 'speed'],
    ['what happened when the train crossed', undefined],
    ['hvilke deler av verden later de som granatene skal til, når alt er så hemmelig', undefined],
    ['who was in charge when the bridge closed', undefined],
    // A second question joined on.
    ['who wrote it and when', 'time'],
    ['hur många hästar var det', 'quantity'],
    ['kor mykkje penga ga Sovjet i bistand', 'quantity'],
    ['kor mang hesta va det på hestetoge', 'quantity'],
    ['hvem skrev saken', 'name'],
    // Asked in the passive.
    ['hvem er saken skrevet av?', 'name'],
    ['who was the piece written by', 'name'],
    // The letters' writers, whom their entry names; not which of them wrote first.
    ['who wrote the letters', undefined],
    ['hvem er brevene skrevet av', undefined],
    ['hvem skrev brev først', 'name'],
    // Whose words a phrase is, not the article's author.
    ['who wrote about "strategic and tactical cooperation"?', undefined],
    ['«strategisk og taktisk samarbeid» – hvem skrev det til hvem?', undefined],
    ['hvem leder tenketanken', 'head'],
    ['who is the head of the company', 'head'],
    ['Hvem er sjefen i 38 North?', 'head'],
    ['Kem va det som kjørte hestetoget, va det russera?', 'person'],
    ['who drove the train', 'person'],
    ['Hvem hos rederiet solgte ferja?', 'person'],
    ['Hvem i Det hvite hus kom med anklagen?', 'person'],
    ["who's the boss at planet labs", 'head'],
    ['kva står forkortinga for', 'acronym'],
    ['what does kcna stand for', 'acronym'],
    ['what is the resolution number', 'identifier'],
    ['which treaty, by number, bans it', 'identifier'],
    ['what number is the treaty that bans it', 'identifier'],
    ['tell me which law it is and what number it has', 'identifier'],
    ['which un resolution would it breach', undefined],
    ['how old is the relationship', 'duration'],
    ['kor langt attende går forholdet', 'time'],
    ['når granatene fram til russland', undefined],
    ['why link the train to arms sales when nobody knows the cargo', undefined],
    ['how much evidence is there', undefined],
    ['what time did the horse train cross', 'clock'],
    // "Until what time": until when, an era.
    ['russia helped the ferry company in the past? until what time', 'time'],
    ['hvor mye var klokka da bildet ble tatt', 'clock'],
    // "Klokka hva": the time of day, though "hva var toget" alone would ask what the train carried.
    ['klokka hva var toget i Nord-Korea', 'clock'],
    ['kva tid kom brevet', 'time'],
    ['hvor mye koster en fullblodshest', 'price'],
    ['how much did north korea spend on horses', 'quantity'],
    ['hvilken dato kom brevet', 'date'],
    // Which of a weekday: its date.
    ['which wednesday did the ferry sail', 'date'],
    ['hvilken onsdag gikk ferja', 'date'],
    ['vilket datum kom brevet?', 'date'],
    // When the piece came out, which its month tells; its very day is a date.
    ['story date?', 'month'],
    ['source and date of the article pls', 'month'],
    ['which day exactly was the article published', 'day'],
    ['exact date of the article', 'date'],
    // Who made it, not what it is made of.
    ['hvem er kaia laget av', undefined],
    ['hva er kaia laget av', 'attribute'],
    ['hvilken dato ble saken publisert', 'date'],
    ['on what day did they report it', 'day'],
    ['hvor mye kostet den billigste vogna', 'price'],
    ['kor mykje kosta ein sånn traktor', 'price'],
    ['how much does a thoroughbred go for in North Korea', 'price'],
    ['how much did russia pay for the grain, the most expensive lot', 'price'],
    ['how far did the ferry sail', 'distance'],
    ['kor langt er det til grensa', 'distance'],
    ['how heavy was the cargo', 'weight'],
    ['the truck, how much kilogram it carry?', 'weight'],
    ['hvor raskt kjørte bussen', 'speed'],
    ['can you paste the speech word for word', 'wording'],
    ['har du hele teksten til avtalen', 'wording'],
    ['what else did the letters between Putin and Kim say', 'wording'],
    ['hva sto det ellers i brevene mellom Putin og Kim', 'wording'],
    // Someone's own words, not a whole text.
    ['exact wording of the cooperation phrase?', 'quote'],
    ['hva sa Kirby ordrett', 'quote'],
    ['the exact wording of the letters, full text pls', 'wording'],
    ['and what happened afterwards', 'later'],
    ['hva fant de ut til slutt', 'later'],
    ['har toget kjørt flere ganger siden', 'later'],
    ['has the train crossed again since', 'later'],
    // A later day than the pictures'; not one counted within the story ("how many days later" after the claim).
    ['Kor mange vogner stod på Khasan stasjon dagen etter?', 'later'],
    ['how many wagons were at khasan the next day', 'later'],
    ['what was at the station the day after', 'later'],
    ['Has it since been confirmed that the shells arrived in Russia?', 'later'],
    ['har det senere blitt bekreftet at granatene kom fram', 'later'],
    ['Ble det bekreftet senere at granatene faktisk kom fram til Russland?', 'later'],
    ['was it confirmed later that the shells arrived', 'later'],
    // Whether it got there after all; not whether it did, nor whether anyone knows (the monitoring's entry answers).
    ['did the ferries ever actually arrive in port', 'later'],
    ['did the cargo end up arriving', 'later'],
    ['is the cargo arriving as we speak', 'later'],
    ['did the cargo arrive', undefined],
    // Past the journey's last sight.
    ['what happened to the ferry after it got to Bergen', 'later'],
    ['hvor ble det av ferja etter stasjonen', 'later'],
    ['what happened to the ferries after they got to port', 'later'],
    ['where did the ferry go after it stopped at the pier', 'later'],
    ['does the harbour even know if the ferries ever reached port', undefined],
    // Read years later; "i etterkant" and "i ettertid" with the lone "i" gone.
    ['har rederiet innrømmet det i ettertid', 'later'],
    ['hva skjedde i etterkant', 'later'],
    ['hvor mange ferjer har gått siden den gang', 'later'],
    ['has the ferry been sold ever since', 'later'],
    ['how many years since a ferry like this sailed', 'quantity'],
    ['which station did the train stop at in the end', undefined],
    ['kva stasjon stoppa toget ved til slutt', undefined],
    ['how many ferries sailed this year, exactly', 'exactQuantity'],
    ['hvor mange ferjer har gått i år, helt nøyaktig', 'exactQuantity'],
    ['does the ferry run currently', 'present'],
    ['is the ferry still in the harbour', 'present'],
    // Whether someone still holds their post: what came after the article.
    ['is the harbour master still the spokesman', 'later'],
    ["is Olsen still the mayor's security adviser now", 'later'],
    ['er Olsen fortsatt sikkerhetsrådgiver', 'later'],
    ['is Olsen still in that job', 'later'],
    // Still only a suspicion: how far it is proven, not how things stand now.
    ['is it still just a rumour that the ferry sank', undefined],
    ['er det fortsatt bare et rykte', undefined],
    // How far it is proven as things stand: the claim's own entry tells it.
    ['is the sinking still unproven', undefined],
    ['is it proven or not as of now that the ferry sank', undefined],
    ['er det bekreftet nå at ferja sank', undefined],
    ['hvor lenge var han statsminister', 'span'],
    ['how long did the strike last', 'lasting'],
    ['hvor lenge har de vært venner', 'duration'],
    ['who in the ministry signed it', 'person'],
    ['hva er et statsbesøk', 'definition'],
    ['kæm i regjeringa sa det', 'person'],
    ['ka mange hesta kjøpte han', 'quantity'],
    ['what did the white house mean when it said that', undefined],
    ['hvor tett er samarbeidet mellom landene', undefined],
    ['what is an embargo anyway', 'definition'],
    // With "'s" and the dialect's "e" gone before patterns are read.
    ["what's an embargo", 'definition'],
    ['ka e ein statsbesøk', 'definition'],
    ['what a strike that was, who signed it', undefined],
    ['hva er en tenketank, og hvem er 38 North', undefined],
    // What a name is: a text describing it answers it (asked-identity.ts), not a definition of a kind.
    ['hva er 38 north', 'identity'],
    ['who was the soviet leader back then', 'person'],
    ['hvem av de russiske veterinærene meldte om toget', 'person'],
    ['hvem konkret sa det', 'person'],
    ['which Nordic countries signed', 'which'],
    ['hvilke land i Afrika er med', 'which'],
    ['kem av landa sa nei', 'which'],
    ['hvem var med på møtet', undefined],
    ['var bistanden viktig for i tiden', undefined],
    // A model asked for, not one the asker builds or plays.
    ['what model was the locomotive', 'attribute'],
    ["what's the train's locomotive model", 'attribute'],
    ['model UN prep: would arms exports from NK break a UN resolution', undefined],
    ['how many wagons did it have? i build model railways', 'quantity'],
    // A source's record, what someone holds, a life before the story's moment.
    ['any track record of getting stuff wrong', 'attribute'],
    ['hvor mange raketter har Nord-Korea på lager', 'stock'],
    ['how big is the arsenal', 'stock'],
    ['what did Kim Il-sung do before he became leader', 'earlier'],
    ['hva gjorde han før han ble leder', 'earlier'],
    // What a buyer pays in a deal going on, not what was paid (a sum the article may give).
    ['how much is russia paying pyongyang for the ammo', 'price'],
    ['hvor mye betaler Russland', 'price'],
    ['how much did Kim pay for his horses', 'quantity'],
    // "Etterpå" in a clause describing a thing of the story places it within the story.
    ['var det samme toget som dukket opp på russisk side etterpå', undefined],
    ['hva var det som skjedde etterpå', 'later'],
  ])('%j asks for %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));
});

describe('Engine: until what time', () => {
  it('answers until when, not a time of day the entry lacks (declined as a clock time at 0.0)', () => {
    expect(seedEngine().ask('russia help north korea in the past? until what time').intent).toBe('soviet-aid');
  });
});

describe('Engine: someone’s own words asked for', () => {
  const engine = seedEngine();

  it('are given by an entry quoting them, as the answer', () => {
    for (const question of [
      'Putin–Kim letter exchange: exact wording of the cooperation phrase?',
      'Hvordan formulerte Putin og Kim samarbeidet de tar til orde for, ordrett?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBe('putin-kim-letters');
      expect(answer.entry?.note, question).toBeUndefined();
    }
  });

  it('are given by an entry reporting them in its own words, which says first that it is no exact quote (they were declined)', () => {
    for (const [question, intent, note] of [
      ['give me the direct quote from the Russian vets', 'horse-train', 'not an exact quote'],
      ["What were North Korea's exact words when it denied selling weapons?", 'dprk-denial', 'not an exact quote'],
      // "ordrett" read as "ord" and "rett" drew the entry below the answer cut.
      ['Hva sa Nord-Korea i september, ordrett?', 'dprk-denial', 'ikke et ordrett sitat'],
    ] as const) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBe(intent);
      expect(answer.entry?.note, question).toContain(note);
      expect(answer.answer.split('\n')[0], question).toBe(answer.entry?.note);
    }
  });

  it('are declined when the entry does not give the rest of what is asked beside them', () => {
    const answer = engine.ask('What is the number of the UN resolution, and what is its exact wording?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });
});

describe('givesDetail', () => {
  it('answers a duration with a time or a number, and the others only with their own kind', () => {
    expect(givesDetail(new Set(['time']), 'duration')).toBe(true);
    expect(givesDetail(new Set(['quantity']), 'duration')).toBe(true);
    expect(givesDetail(new Set([]), 'duration')).toBe(false);
    expect(givesDetail(new Set(['time']), 'quantity')).toBe(false);
  });

  it('answers since when only with a beginning: a year, a "since", not the moment of a picture', () => {
    expect(givesDetail(offeredDetails('The first ferry in several years, the first since the strike.'), 'since')).toBe(true);
    expect(givesDetail(offeredDetails('The harbours have traded since 1905.'), 'since')).toBe(true);
    expect(givesDetail(offeredDetails('The photo from 13:10 shows the ferry at the pier.'), 'since')).toBe(false);
  });

  it('answers a height only with a height: a length is none', () => {
    expect(givesDetail(offeredDetails('The pier is 300 metres long.'), 'height')).toBe(false);
    expect(givesDetail(offeredDetails('The lighthouse is 40 metres tall.'), 'height')).toBe(true);
    expect(givesDetail(offeredDetails('Fyret er 40 meter høyt.'), 'height')).toBe(true);
  });

  it('answers a span in the past only with a span or a length, not with one year', () => {
    expect(givesDetail(offeredDetails('He became the first leader in 1948.'), 'span')).toBe(false);
    expect(givesDetail(offeredDetails('Aid was crucial until the early 1990s.'), 'span')).toBe(true);
    expect(givesDetail(offeredDetails('Hjelpa var viktig fram til 1990-tallet.'), 'span')).toBe(true);
    expect(givesDetail(offeredDetails('The bridge is 800 metres long.'), 'span')).toBe(true);
    expect(givesDetail(offeredDetails('The train stood about 200 m from the bridge.'), 'span')).toBe(false);
  });

  it("answers a thing's length with its length, not with its distance from something else", () => {
    expect(givesDetail(offeredDetails('The bridge is 800 metres long.'), 'length')).toBe(true);
    expect(givesDetail(offeredDetails('Vennskapsbroen er 800 meter lang.'), 'length')).toBe(true);
    expect(givesDetail(offeredDetails('The train stood about 200 m from the bridge.'), 'length')).toBe(false);
    expect(givesDetail(offeredDetails('Stasjonen ligger to kilometer fra grensen.'), 'length')).toBe(false);
  });

  it('declines how long the train was, offering the picture that gives only its distance from the bridge', () => {
    const answer = seedEngine().ask('how long was the train in meters?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions.map((s) => s.id)).toContain('image-1310');
    expect(seedEngine().ask('how long is the bridge').intent).toBe('friendship-bridge');
  });

  it('does not answer a length asked in metres with the picture giving a distance from the bridge', () => {
    const answer = seedEngine().ask('how many meters long is the bridge');
    expect(answer.intent).not.toBe('image-1310');
    expect(answer.suggestions[0]?.id ?? answer.intent).toBe('friendship-bridge');
  });
});

describe('offeredDetails', () => {
  it('finds numbers and times, not the numbers in names', () => {
    expect([...offeredDetails('At 14:29 three wagons were seen.')].sort()).toEqual(['clock', 'exactQuantity', 'quantity', 'time']);
    expect([...offeredDetails('TV 2 says 38 North saw it.')]).toEqual([]);
    expect([...offeredDetails('It closed in 2020.')].sort()).toEqual(['since', 'time']);
    expect([...offeredDetails('It would not say how large the quantities were.')].sort()).toEqual(['exactQuantity', 'quantity']);
    expect([...offeredDetails('Putin and Kim exchanged letters.')]).toEqual([]);
  });

  it('tells an exact figure from a vague one, and finds who heads or is married to whom', () => {
    expect(offeredDetails('North Korea test-fired several dozen missiles in 2022.').has('exactQuantity')).toBe(false);
    expect(offeredDetails('It shows a train with three wagons.').has('exactQuantity')).toBe(true);
    expect(offeredDetails('It would not say how large the quantities were.').has('exactQuantity')).toBe(true);
    expect(offeredDetails('38 North, a think tank based in Washington.').has('head')).toBe(false);
    expect(offeredDetails("Kim Il-sung, the grandfather of today's leader").has('head')).toBe(true);
    expect(offeredDetails('Kim Il-sung, the grandfather of today’s leader').has('family')).toBe(false);
    expect(offeredDetails('It would breach a UN resolution.').has('identifier')).toBe(false);
    expect(offeredDetails('It would breach UN resolution 1718.').has('identifier')).toBe(true);
    expect(offeredDetails('A horse train crossed on Wednesday.').has('clock')).toBe(false);
    expect(offeredDetails('One image was taken at 10:24 local time.').has('clock')).toBe(true);
    expect(offeredDetails('The country has spent thousands of dollars on horses.').has('price')).toBe(false);
  });

  it('finds distances, speeds and weights only with their units', () => {
    expect(offeredDetails('The bridge is 800 metres long.').has('distance')).toBe(true);
    expect(offeredDetails('Stasjonen ligger omtrent to kilometer fra grensen.').has('distance')).toBe(true);
    expect(offeredDetails('It launched several dozen missiles, the first since 2017.').has('distance')).toBe(false);
    expect(offeredDetails('I am here at 5 pm.').has('distance')).toBe(false);
    expect(offeredDetails('The train ran at 40 km/h.').has('speed')).toBe(true);
    expect(offeredDetails('A train with three wagons.').has('speed')).toBe(false);
    expect(offeredDetails('It carried 200 tonnes of grain.').has('weight')).toBe(true);
    expect(offeredDetails('It carried horses.').has('weight')).toBe(false);
  });

  it('finds a whole quotation, what came later and how things stand now', () => {
    expect(offeredDetails('They call for “comprehensive strategic and tactical cooperation”.').has('wording')).toBe(false);
    expect(offeredDetails(`The letter reads: “${'we shall cooperate in every way '.repeat(4)}”.`).has('wording')).toBe(true);
    // A quotation of someone's words, not a name or a heading.
    expect(offeredDetails('They call for “comprehensive strategic and tactical cooperation”.').has('quote')).toBe(true);
    expect(offeredDetails('The only link is the “Friendship Bridge”, under the heading “may be horse transport”.').has('quote')).toBe(false);
    expect(offeredDetails('It was later confirmed that they arrived.').has('later')).toBe(true);
    // Where things stood when the article was written, not how they ended.
    expect(offeredDetails('It has not yet been established whether they arrive.').has('later')).toBe(false);
    expect(offeredDetails('It has not yet been established whether they arrive.').has('present')).toBe(true);
    expect(offeredDetails('North Korea said in September it had sold nothing.').has('later')).toBe(false);
    expect(offeredDetails('The US is still monitoring the matter.').has('present')).toBe(true);
    expect(offeredDetails('Russia has been suspected of not enforcing the sanctions.').has('present')).toBe(false);
  });
});

describe('askedEvent and tellsEvent', () => {
  it('reads the event a question asks the time of', () => {
    expect(askedEvent(tokenize('when did the king die'), 'time')).toBe('die');
    expect(askedEvent(tokenize('når ble tunnelen bygd'), 'time')).toBe('bygd');
    expect(askedEvent(tokenize('how many died'), 'quantity')).toBeUndefined();
  });

  it('finds the event told in a text in any of its forms', () => {
    expect(tellsEvent(['The bridge was built in 1959.'], 'build')).toBe(true);
    expect(tellsEvent(['The bridge was built in 1959.'], 'built')).toBe(true);
    expect(tellsEvent(['He was installed as leader in 1948.'], 'died')).toBe(false);
    expect(tellsEvent(['Han døde i 1994.'], 'død')).toBe(true);
  });
});

describe('offeredDetails: a date', () => {
  it('is a day of a month, not a weekday', () => {
    expect(offeredDetails('It was reported on Wednesday.').has('date')).toBe(false);
    expect(offeredDetails('It was reported on Wednesday.').has('day')).toBe(true);
    expect(offeredDetails('It was reported on 2 November.').has('date')).toBe(true);
  });
});

describe('how long something went on, a month, a time the asker already gives', () => {
  it.each([
    ['hvor lenge stod lokomotivet der', 'lasting'],
    ['kor lang tid brukte toget over brua', 'lasting'],
    ['how long did the locomotive wait at the border', 'lasting'],
    // Asked yes or no.
    ['satt Kim Il-sung lenge som leder', 'lasting'],
    ['did it take 38 north long to analyse the pics', 'lasting'],
    ['tok det lang tid', 'lasting'],
    ['var det lenge siden broen ble bygget', 'time'],
    ['how long was the bridge', 'span'],
    ['which month did they shut it', 'month'],
    ['hvilken måned kom brevene', 'month'],
  ])('%j asks %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));

  it('a length does not say how long something went on, a span does', () => {
    expect(givesDetail(offeredDetails('The station lies two kilometres from the border.'), 'lasting')).toBe(false);
    expect(givesDetail(offeredDetails('The aid lasted until 1991.'), 'lasting')).toBe(true);
  });

  it('a year does not say the month, a month name does (not the verb "may")', () => {
    expect(givesDetail(offeredDetails('The bridge was closed in 2020.'), 'month')).toBe(false);
    expect(givesDetail(offeredDetails('It may be horse transport.'), 'month')).toBe(false);
    expect(givesDetail(offeredDetails('The photo was released in October 2022.'), 'month')).toBe(true);
  });

  it('a time of day said before the question is its premise, one said after it a guess', () => {
    expect('seen at 14.29 local time'.replace(statedTimes(tokenize('14:29 there, what time was that here'), 'clock')!, '')).not.toMatch(/\d/);
    expect(statedTimes(tokenize('what time was the photo taken, 14:29?'), 'clock')).toBeUndefined();
    expect(statedTimes(tokenize('which month in 2020 was it'), 'month')).toBeUndefined();
  });

  it('the engine declines those with the entry offered', () => {
    const engine = seedEngine();
    for (const q of [
      'kor lenge stod lokomotivet på Khasan',
      'which month of 2020 was the bridge shut',
      '14:29 at Khasan: what time was that in Norway?',
      // A time in another zone: answered with the picture at 0.92-0.95 before.
      'what is 13:10 there in UTC?',
      'hva blir 13.10 i norsk tid?',
      'the photo at 14:29, which time zone is that in Oslo time',
    ]) {
      const answer = engine.ask(q);
      expect(answer.intent, q).toBeNull();
      expect(answer.declineReason, q).toBe('detail');
    }
  });
});

describe('earnings, a home, a link, a punishment, a marriage', () => {
  it.each([
    ['hvor mye tjener tenketanken på analysene', 'income'],
    ['how much does the firm make from pictures like these', 'income'],
    ['kvar bur Kirby', 'home'],
    ['where does the journalist live', 'home'],
    ['kan du sende meg en lenke til bildene', 'link'],
    ['where can I read the veterinary authority notice', 'link'],
    ['send me the link to the article', 'link'],
    ['what is the penalty for breaking the ban', 'penalty'],
    ['hvilken straff venter dem', 'penalty'],
    ['er Putin gift', 'family'],
    ['how much is that exactly in euros', 'exactQuantity'],
  ])('%j asks %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));

  it.each(['what is the link between the train and the shells', "what's the link to nukes", 'hva er gift i granatene'])('%j asks none of them', (q) =>
    expect(['income', 'home', 'link', 'penalty', 'family']).not.toContain(askedDetail(tokenize(q))),
  );

  it.each(['which UN resolution bans it', 'hjelpen før Sovjet gikk i oppløsning'])('%j asks no attribute', (q) =>
    expect(askedDetail(tokenize(q))).not.toBe('attribute'),
  );

  it('a text gives them only in their own words', () => {
    expect(givesDetail(offeredDetails('The company spent thousands of dollars on horses.'), 'income')).toBe(false);
    expect(givesDetail(offeredDetails('The company earned millions from the images.'), 'income')).toBe(true);
    expect(givesDetail(offeredDetails('A Washington-based think tank analysed the images.'), 'home')).toBe(true);
    expect(givesDetail(offeredDetails('A UN resolution bars North Korea from exporting weapons.'), 'penalty')).toBe(false);
    expect(givesDetail(offeredDetails('The resolution is at https://example.org/res.'), 'link')).toBe(true);
  });

  it('the engine declines them with the entry on the topic offered', () => {
    const engine = seedEngine();
    for (const q of [
      'hvor mye tjener 38 North på analysene sine?',
      'where does John Kirby live',
      'kan du gi meg lenke til rapporten fra 38 North?',
      'what penalty does the UN resolution set',
      'er Kim Jong-un gift med noen?',
    ]) {
      const answer = engine.ask(q);
      expect(answer.intent, q).toBeNull();
      expect(answer.declineReason, q).toBe('detail');
      expect(answer.suggestions.length, q).toBeGreaterThan(0);
    }
  });
});

describe('givesExactTime', () => {
  it.each([
    ['North Korea closed the bridge in 2020.', true],
    ['The image from 13:10 local time shows the train.', true],
    ['In September, North Korea said it had never sold weapons.', true],
    ['Two days after the US claim, satellite images were taken.', false],
  ])('%j places a time: %j', (text, places) => expect(givesExactTime(text)).toBe(places));
});

describe('Engine: a height the article does not give', () => {
  it('says so and offers the bridge, whose length is no height (answered at 0.68 with it)', () => {
    const answer = seedEngine().ask('hvor høy er vennskapsbrua over elva?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
    expect(answer.suggestions[0]?.id).toBe('friendship-bridge');
  });
});

describe('Engine: what a kind of thing is, asked with "what\'s" or the dialect\'s "e"', () => {
  it('declines as "what is a think tank" is, offering the entry on this story\'s think tank (answered with it at 0.86 and 0.98)', () => {
    const engine = seedEngine();
    for (const q of ["what's a think tank?", 'ka e ein tenketank?']) {
      const answer = engine.ask(q);
      expect(answer.intent).toBeNull();
      expect(answer.declineReason).toBe('detail');
      expect(answer.suggestions[0]?.id).toBe('image-analysis');
    }
  });
});

describe('Engine: who something was made by', () => {
  it('answers with the entry crediting it (declined as a material the article does not give)', () => {
    expect(seedEngine().ask('hvem er grafikken til artikkelen laget av').intent).toBe('article-about');
  });
});

describe('Engine: when the article came out', () => {
  it('answers with the article, which gives its month (declined as a date it does not give)', () => {
    expect(seedEngine().ask('source + date of this article?').intent).toBe('article-about');
  });

  it('still says it does not give the very day', () => {
    expect(seedEngine().ask('which day in November was the article published?').declineReason).toBe('detail');
  });
});

describe('Engine: how far a claim is proven, asked as things stand now', () => {
  it('answers with the claim, which says how far it is proven (declined as a present the article does not give)', () => {
    expect(seedEngine().ask('is it confirmed as of now that pyongyang sells shells to moscow?').intent).toBe('claim-arms-supply');
  });
});

describe('Engine: a detail the article does not give, asked in words that also name things it does', () => {
  const engine = seedEngine();

  it('says the article does not give what someone holds, a price being paid, a life before the story', () => {
    for (const q of [
      'Hvor mange ballistiske raketter har Nord-Korea på lager?',
      'how much is russia paying pyongyang for the ammo',
      'what did Kim Il-sung do before he became leader',
      // Where the train went past its last picture (answered with the picture at Khasan at 0.70).
      'hvor ble det av toget etter stasjonen i Russland?',
      // A resolution's number asked "by number" (answered with the ban at 0.98).
      'which UN resolution, by number, bans the arms trade?',
      // Whether the shells got there after all (answered with the monitoring at 0.99): the entry is offered.
      'so did the shipments end up arriving or not',
    ]) {
      const answer = engine.ask(q);
      expect(answer.intent, q).toBeNull();
      expect(answer.declineReason, q).toBe('detail');
    }
  });

  it('answers a question put by someone preparing a model UN session', () => {
    expect(engine.ask('model UN prep: would weapons exports from NK to Russia break a UN resolution?').intent).toBe('un-arms-ban');
  });
});

describe('Engine: the exact year, where the article gives a decade', () => {
  it('says the article does not give the year of the collapse, and answers the same question without "exactly"', () => {
    const engine = seedEngine();
    expect(engine.ask('what year exactly did the soviet union collapse').declineReason).toBe('detail');
    expect(engine.ask('what year did the soviet union collapse according to the article').intent).toBe('soviet-aid');
  });
});

describe('askedDetail: a date within a year the question names', () => {
  it.each([
    ['when exactly did the ferry sink this year', 'date'],
    ['når nøyaktig sank ferja i år', 'date'],
    ['when exactly in 2019 did the ferry sink', 'date'],
    ['when exactly did the ferry sink', 'time'],
  ])('%j asks the %s', (question, detail) => expect(askedDetail(tokenize(question))).toBe(detail));
});

describe('Engine: when exactly, within the year the article gives', () => {
  it('declines as a detail the article lacks, offering the entry', () => {
    const answer = seedEngine().ask('so when exactly was the ICBM test this year?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });
});

describe('Engine: whether what was watched for came about', () => {
  const engine = seedEngine();

  it('declines whether the shipments ever arrived, which the article does not tell, offering the US monitoring them', () => {
    const answer = engine.ask('did those artillery shipments ever arrive in russia?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions.map((s) => s.id)).toContain('us-monitoring');
    expect(engine.ask('is the US monitoring whether the shipments arrive?').intent).toBe('us-monitoring');
  });
});

describe('askedDetail: "ever" a few words before "later"', () => {
  it('asks what came after the article ("did the White House ever release any proof later on", answered at 0.79)', () => {
    expect(askedDetail(tokenize('did the white house ever release any proof later on'))).toBe('later');
    expect(seedEngine().ask('Did the White House ever release any proof later on?').intent).toBeNull();
  });

  it('leaves "later on" in plans the denial spoke of to be answered', () => {
    expect(seedEngine().ask('did north korea say they plan to sell weapons to russia later on').intent).toBe('dprk-denial');
  });
});

describe('askedDetail: a death asked in Nynorsk', () => {
  it('declines the year Kim Il-sung "døydde", which the founding\'s year does not tell (answered at 0.70)', () => {
    const answer = seedEngine().ask('Kva år døydde Kim Il-sung?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });
});

describe("askedDetail: a company's country", () => {
  it('asks the nationality, which "the commercial satellite company Planet Labs" does not give (answered at 0.94)', () => {
    expect(askedDetail(tokenize('is planet labs an american company'))).toBe('nationality');
    expect(givesDetail(offeredDetails('the commercial satellite company Planet Labs and 38 North, a Washington-based think tank'), 'nationality')).toBe(false);
    expect(givesDetail(offeredDetails('the American company Planet Labs'), 'nationality')).toBe(true);
    for (const q of ['Is Planet Labs an American company? not sure', 'Er Planet Labs et amerikansk selskap?']) {
      const answer = seedEngine().ask(q);
      expect(answer.intent, q).toBeNull();
      expect(answer.declineReason, q).toBe('detail');
    }
  });

  it('still answers which company took the pictures', () => {
    expect(seedEngine().ask('what company took the pictures').intent).toBe('image-analysis');
  });
});

describe('askedDetail: whether the shells have come through by now', () => {
  it('declines "har granatene kommet fram nå", which the monitoring\'s entry does not tell (answered with it at 0.99)', () => {
    const answer = seedEngine().ask('har granatene kommet fram nå, da?');
    expect(answer.intent).toBeNull();
    expect(answer.suggestions.map((s) => s.id)).toContain('us-monitoring');
  });

  it('still answers whether the US knows if they came through', () => {
    expect(seedEngine().ask('har granatene faktisk kommet fram til russland, vet usa det?').intent).toBe('us-monitoring');
  });
});

describe('askedDetail: how or why a life ended or began', () => {
  it("declines how Kim Il-sung died, which the founding's entry does not tell (answered with it at 0.98)", () => {
    expect(askedDetail(tokenize('how did kim il sung die'))).toBe('lifeEvent');
    for (const q of ['how did Kim Il-sung die?', 'Korleis døydde Kim Il-sung?']) {
      const answer = seedEngine().ask(q);
      expect(answer.intent, q).toBeNull();
      expect(answer.declineReason, q).toBe('detail');
    }
  });

  it('still answers how Kim Il-sung came to power', () => {
    expect(seedEngine().ask('how was Kim Il-sung put in power?').intent).toBe('history-1948');
  });
});

describe('askedDetail: who led, between two leaders the question names', () => {
  it('declines who led North Korea between Kim Il-sung and Kim Jong-un, whom no text names (answered at 0.99)', () => {
    const answer = seedEngine().ask('Who led North Korea between Kim Il-sung and Kim Jong-un?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });

  it('still answers who led North Korea in 1948', () => {
    expect(seedEngine().ask('who led north korea in 1948?').intent).toBe('history-1948');
  });
});

describe('Engine: whether someone still holds their post', () => {
  const engine = seedEngine();

  it('is declined as what came after the article, an entry naming them offered (it was answered with "still monitoring")', () => {
    for (const question of [
      "is kirby still biden's security adviser?",
      'Is John Kirby still the national security spokesman?',
      'er Kirby fortsatt talsperson?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.kind, question).toBe('declined');
      expect(answer.declineReason, question).toBe('detail');
      // Kirby's entries: the covert shipments he spoke of, his monitoring.
      expect(
        answer.suggestions.some((s) => s.id === 'covert-shipments' || s.id === 'us-monitoring'),
        question,
      ).toBe(true);
    }
    expect(engine.ask('is the US still monitoring whether the shipments arrive?').intent).toBe('us-monitoring');
  });
});
