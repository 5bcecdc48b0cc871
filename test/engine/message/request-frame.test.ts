import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutRequest } from '../../../src/engine/message/request-frame.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutRequest', () => {
  it.each([
    ['would you please explain to me who analysed the images', 'who analysed the images'],
    ['i was wondering what the white house said', 'what the white house said'],
    ['kan du være så snill å fortelle meg hvor toget kjørte', 'hvor toget kjørte'],
    ['vet du hvem som tok bildene', 'hvem som tok bildene'],
    // How the asker is to explain it to others.
    ['hvordan skal jeg forklare elevene hvem som eier ferja', 'elevene hvem som eier ferja'],
    ['how do i explain to my kids who owns the ferry', 'to my kids who owns the ferry'],
    ['jeg lurer på hvem som tok bildene', 'hvem som tok bildene'],
    // The whole channel asked.
    ['does anybody here know if the ferry sank', 'the ferry sank'],
    ['noen som vet hvor ferja sank', 'hvor ferja sank'],
    ['can someone tell me who owns the ferry', 'who owns the ferry'],
    // A need stated, opening the message or said by the asker.
    ['trenger info om sovjetisk bistand', 'sovjetisk bistand'],
    ['jeg trenger navnet på fergeselskapet', 'navnet på fergeselskapet'],
    ['looking for which direction the ferry went', 'which direction the ferry went'],
    ['need a source for the shell claim', 'the shell claim'],
    // The bot asked to answer for someone in the channel.
    ['spør boten hvem som eier ferja', 'hvem som eier ferja'],
    ['can someone ask the bot who owns the ferry', 'who owns the ferry'],
    ['my neighbour keeps saying that the ferry sank', 'the ferry sank'],
    ['kompisen min påstår at ferja sank', 'ferja sank'],
    ['heard on the radio that the ferry sank', 'the ferry sank'],
    ['someone on reddit said the ferry sank', 'the ferry sank'],
    ['noen på snap sa at ferja sank', 'ferja sank'],
    ['noen på insta skrev at ferja sank', 'ferja sank'],
    ['someone on twitter posted that the ferry sank', 'the ferry sank'],
    ['saw a headline saying the ferry sank', 'the ferry sank'],
    ['saw something on TV 2 about the ferry sinking', 'the ferry sinking'],
    ['hørte på p4 at ferja sank', 'ferja sank'],
    ['leste i avisa at ferja sank', 'ferja sank'],
    ['en på jobben mente at ferja sank', 'ferja sank'],
    ['a guy at work says the ferry sank', 'the ferry sank'],
    // Where they said it: a group of the asker's, a channel of the server.
    ['someone in my seminar group said the ferry sank', 'the ferry sank'],
    ['someone in general said the ferry sank', 'the ferry sank'],
    ['heard the ferry sank', 'the ferry sank'],
    ['har hørt at ferja sank', 'ferja sank'],
    ['my teacher said the ferry sank', 'the ferry sank'],
    ['læreren vår sa at ferja sank', 'ferja sank'],
    ['what do people say about the ferry', 'what do people say about the ferry'],
    ['i still do not get who took the pictures', 'who took the pictures'],
    // How anyone knows a statement: the statement is what the entry answers.
    ['how do they even know the ferry sank', 'the ferry sank'],
    ['hvordan vet de at ferja sank', 'ferja sank'],
    ['koss kan dæm vite at ferja sank', 'ferja sank'],
    ['i would be obliged if you could tell me who took the pictures', 'who took the pictures'],
    ['jeg ville være takknemlig om de kunne fortelle meg hvem som tok bildene', 'hvem som tok bildene'],
    ['kan de fortelle meg hvem som tok bildene', 'hvem som tok bildene'],
    ['could you help me understand who took the pictures', 'who took the pictures'],
    ['i need to know who took the pictures', 'who took the pictures'],
    ['check if north korea denied it', 'north korea denied it'],
    ['sjekk om det stemmer at broen er stengt', 'det stemmer at broen er stengt'],
    ['jeg trenger å vite hva 38 north er', 'hva 38 north er'],
    // "u" is dropped as a lone letter before this is read.
    ['can check if the bridge is 800 m', 'if the bridge is 800'],
    ['kan du hjelpe meg å forstå hvem som tok bildene', 'hvem som tok bildene'],
    // What the bot helps with is asked, not a fact.
    ['what can you help me with', 'what can you help me with'],
    // A letter's ways of asking, and leave to ask asked in passing.
    ['vil de være så vennlig å opplyse om hvor broen ligger', 'hvor broen ligger'],
    ['jeg tillater meg å spørre hvor broen ligger', 'hvor broen ligger'],
    ['may i enquire where the bridge is', 'where the bridge is'],
    ['would you be so kind as to tell me where the bridge is', 'where the bridge is'],
    ['hvor ligger broen om jeg får spørre', 'hvor ligger broen'],
    ['where is the bridge if i may ask', 'where is the bridge'],
    ['hva er dette 38 north som nevnes i saken', 'hva er dette 38 north'],
    ['who is the kirby mentioned in the article', 'who is the kirby'],
    ['forstår ikke helt hvem som tok bildene', 'hvem som tok bildene'],
    // The bot asked of in the third person.
    ['does the bot know who owns the ferry', 'who owns the ferry'],
    ['can factbot tell me when the ferry sank', 'when the ferry sank'],
    ['vet boten hvem som eier ferja', 'hvem som eier ferja'],
    ['har faktabotten noe om ferja og kaia', 'ferja og kaia'],
    ['hvem eier ferja, vet roboten det', 'hvem eier ferja'],
    // Confusion or not knowing stated instead of a question.
    ['vet ikke hvem som sank ferja', 'hvem som sank ferja'],
    ["i'm confused about when the ferry sank", 'when the ferry sank'],
    ['no idea who owns the ferry', 'who owns the ferry'],
    ['er litt forvirra over om ferja sank', 'om ferja sank'],
    // The article's own account: every entry is from it.
    ['how many ferries sank this year according to the tv2 article', 'how many ferries sank this year'],
    ['how many ferries sank, per the article', 'how many ferries sank'],
    ['hvordan sank ferja ifølge TV 2', 'hvordan sank ferja'],
    ['hvem tok bildene ifølge saken', 'hvem tok bildene'],
    // What the article says, put before the question about it.
    ['the story mentions a ferry and a storm who was the captain', 'ferry and storm who was the captain'],
    ['saken nevner en ferje hvem var kapteinen', 'en ferje hvem var kapteinen'],
    ['what does the article say', 'what does the article say'],
    // A need that is the question's own: its subject needs it.
    ['hvorfor trenger russland granater', 'hvorfor trenger russland granater'],
    ['why does russia need shells', 'why does russia need shells'],
  ])('%j is read as %j', (q, left) => expect(withoutRequest(tokenize(q)).join(' ')).toBe(left));

  it('keeps a request that asks nothing else: that is a question for help', () => {
    expect(withoutRequest(tokenize('can you tell me'))).toEqual(['can', 'you', 'tell', 'me']);
  });
});

describe('Engine: hearsay put to be checked', () => {
  it('checks what was passed on, not a claim for the word "says"', () => {
    expect(seedEngine().ask('my brother keeps saying there are lots of bridges between north korea and russia. is he right?').intent).toBe('friendship-bridge');
    // A teacher's word was weighed as the topic's ("teacher" known to no entry) and the question declined as unknown. Since
    // a training question that a frozen evaluation set holds left data/ (237e7ec), it is answered or, between the claim
    // and the White House's accusation, offered with the claim.
    const answer = seedEngine().ask('my teacher said the US has proof, is that true?');
    expect(answer.declineReason).not.toBe('unknown');
    expect([answer.intent, ...answer.suggestions.map((s) => s.id)]).toContain('claim-arms-supply');
  });

  it("checks what was passed on from the asker's group or a channel (declined; answered with the article's entry at 0.68)", () => {
    expect(seedEngine().ask('someone in my seminar group said the train could just be horses lol. is that an actual thing?').intent).toBe('horse-train');
    expect(seedEngine().ask('someone in #general said it was just horses lol. is there a source for that').intent).toBe('horse-train');
  });

  it('answers what a fact-check is asked of, not the article for the word "fact-check"', () => {
    expect(seedEngine().ask('can you fact-check who took the pictures?').intent).toBe('image-analysis');
    expect(seedEngine().ask('kan du faktasjekke hvem som tok bildene?').intent).toBe('image-analysis');
    // The English verb with a Norwegian ending.
    expect(seedEngine().ask('kan du fact-checke hvem som tok bildene?').intent).toBe('image-analysis');
  });

  it('answers a question put in formal wrapping, the polite "De" too', () => {
    expect(seedEngine().ask("I'd be obliged if you could tell me who took the pictures.").intent).toBe('image-analysis');
    expect(seedEngine().ask('Kan De fortelle meg hvem som tok satellittbildene?').intent).toBe('image-analysis');
  });

  it('reads "what\'s up with" as a request for the topic, its "s" dropped', () => {
    expect(['horse-train', 'kim-horses']).toContain(seedEngine().ask("what's up with the horses").intent);
  });

  it('answers what is asked about something "mentioned in the article"', () => {
    expect(seedEngine().ask('Unnskyld, men hva er dette «38 North» som nevnes i saken?').intent).toBe('image-analysis');
  });

  it('answers what someone says they do not understand', () => {
    expect(seedEngine().ask("I still don't get who took the pictures").intent).toBe('image-analysis');
    expect(seedEngine().ask('forstår ikke helt hvem som tok bildene').intent).toBe('image-analysis');
    // Declined as unsure (0.65 and 0.62), "vet" and "bot" weighed as words the question asks with.
    expect(seedEngine().ask('does the bot know how far khasan station is from the border?').intent).toBe('image-1429');
    expect(seedEngine().ask('vet ikke hvem som tok satellittbildene').intent).toBe('image-analysis');
  });

  it('checks what was heard or read in the media', () => {
    expect(seedEngine().ask('Hørte på P4 at det var hester på toget. Stemmer det?').intent).toBe('horse-train');
    expect(seedEngine().ask('heard on the radio that the bridge was closed. true?').intent).toBe('friendship-bridge');
    expect(seedEngine().ask('ei i klassen mente at Nord-Korea har innrømmet salget, stemmer det?').intent).toBe('dprk-denial');
  });
});

describe('Engine: how anyone knows a statement', () => {
  it('answers with the entry on the statement, which says who says it', () => {
    expect(seedEngine().ask('Koss vet di at det e samme toget på bilde nummer to?').intent).toBe('image-1310');
  });
});

describe('Engine: a question wrapped in a polite request', () => {
  it('answers the question, not the request', () => {
    expect(seedEngine().ask('Would you kindly tell me how many metres long the bridge at the border is?').intent).toBe('friendship-bridge');
    expect(seedEngine().ask('Kan du være så snill å sjekke om USA la fram bevis for granatene?').intent).toBe('white-house-shells');
  });

  it('answers the question after leave to ask it ("kan jeg spørre om hvem …" had answered what the article is)', () => {
    expect(seedEngine().ask('kan jeg spørre om hvem som tok bildene?').intent).toBe('image-analysis');
  });

  it('answers past "explain like I\'m ten" before the question, not only at its end', () => {
    expect(seedEngine().ask("explain like i'm twelve what 38 north is").intent).toBe('image-analysis');
  });
});

describe('Engine: a question put in officialese', () => {
  it('answers the question, not the letter around it', () => {
    expect(seedEngine().ask('Kindly advise whether the cargo of the train has been established.').intent).toBe('cargo-unknown');
    expect(seedEngine().ask('With reference to the horse train, kindly advise which way it travelled.').intent).toBe('horse-train');
    expect(seedEngine().ask('Vennligst opplys hvor lang vennskapsbroen er.').intent).toBe('friendship-bridge');
  });
});

describe('Engine: whether anyone found something out', () => {
  it('answers what was to be found out, with the entry saying whether it is known', () => {
    expect(seedEngine().ask('did anybody figure out what the train had on board?').intent).toBe('cargo-unknown');
    expect(seedEngine().ask('har noen funnet ut hva toget fraktet?').intent).toBe('cargo-unknown');
  });

  it('still declines whether they ever found out, which asks what came later', () => {
    expect(seedEngine().ask('did they ever find out what the train had on board?').intent).toBeNull();
  });
});

describe('Engine: hearsay from someone somewhere', () => {
  it('checks what they say, whatever the place they are in (declined for the place, an unknown word)', () => {
    expect(seedEngine().ask('my cousin in gdansk say north korea sell guns to russia. true or fake news??').intent).toBe('claim-arms-supply');
    expect(seedEngine().ask('min onkel i Bergen sier at Nord-Korea selger våpen til Russland, stemmer det?').intent).toBe('claim-arms-supply');
  });
});

describe('Engine: something someone mentioned', () => {
  it('answers what was mentioned, not who mentioned it (declined for "lesesirkelen" at 0.28)', () => {
    expect(seedEngine().ask('Noen i lesesirkelen nevnte et tog med hester. Hva var det egentlig som skjedde?').intent).toBe('horse-train');
  });
});

describe('Engine: a hedge said before the question', () => {
  it.each([
    // Declined at 0.49 for "usikker" and 0.61 for the hedge's words.
    ['Jeg er usikker, men sto det noen kontainere ved siden av toget på Khasan?', 'image-1429'],
    ["correct me if I'm wrong, but the pictures were taken by Planet Labs?", 'image-analysis'],
  ])('%j is answered as if asked plainly, with %s', (q, id) => expect(seedEngine().ask(q).intent).toBe(id));
});

describe('Engine: hearsay from somewhere unsaid', () => {
  it('checks what was read "somewhere" (declined at 0.36)', () => {
    expect(seedEngine().ask('I read somewhere that it might have been horses rather than weapons. Who said that?').intent).toBe('horse-train');
  });
});
