import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { withoutIdioms } from '../../../src/engine/message/idioms.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutIdioms', () => {
  it.each([
    ['who claimed it in the first place', 'who claimed it'],
    // A pointer ("check this") unless it is a fact check.
    ['haha check this', 'haha'],
    ['fact check this for me', 'fact check this for me'],
    ['hvorfor skjedde dette i det hele tatt', 'hvorfor skjedde dette'],
    ['what did the first picture show', 'what did the first picture show'],
    ['there are loads of ferries', 'there are ferries'],
    ['what was the load on the train', 'what was the load on the train'],
    ['hvem tok bildene vær så snill', 'hvem tok bildene'],
    ['who made the graphics if you do not mind me asking', 'who made the graphics'],
    ['who took them need it for my homework', 'who took them my homework'],
    ['gonna be honest who took the pictures', 'who took the pictures'],
    // Youth slang vouching for what is said.
    ['what was the train carrying no cap', 'what was the train carrying'],
    ['on god who took the pics', 'who took the pics'],
    // Hedged courtesies ("å" and "it's" as the tokenizer leaves them).
    ['det hadde vært interessant å vite hvem som eier ferja hvis du har anledning til å si det', 'det hvem som eier ferja'],
    ["if it's not too much trouble who owns the ferry", 'who owns the ferry'],
    ['not gonna lie the bridge is long', 'the bridge is long'],
    ['be honest is the claim proven', 'is the claim proven'],
    ['vær ærlig har de bevis', 'har de bevis'],
    // "Er det som med …" compares ("is it like with …"): no cleft.
    ['eller er det som med skipene', 'eller er det som med skipene'],
    // The Norwegian cleft asks as the plain question does.
    ['hvem var det som tok satellittbildene', 'hvem tok satellittbildene'],
    ['hva er det som skjer med toget', 'hva skjer med toget'],
    // "Of course" is no course of the year ("over the course of the year" in a training question).
    ['of course they deny it', 'they deny it'],
    // In a count only: "hvor mange … er det snakk om" asks how many, "hva slags … er det snakk om" what kind.
    ['hvor mange vogner er det snakk om', 'hvor mange vogner'],
    ['kor mange bilete snakker vi om', 'kor mange bilete'],
    ['hva slags våpen er det snakk om', 'hva slags våpen er det snakk om'],
    ['hvor mange granater det var snakk om', 'hvor mange granater'],
    ['how many shells are we talking about', 'how many shells'],
    // "Why on earth", "hvorfor i all verden" (the lone "i" dropped).
    ['why on earth would they send horses', 'why would they send horses'],
    ['hvorfor i all verden snakkes det om hester', 'hvorfor snakkes det om hester'],
    // A thing on everyone's lips.
    ["what's this ferry everyone keeps mentioning", 'what this ferry'],
    ['hva er denne ferja alle snakker om', 'hva er denne ferja'],
    // With a distance asked only: "hvor langt unna" is "hvor langt", "sno seg unna" is evading.
    ['kor langt unna grensa e khasan', 'kor langt grensa khasan'],
    ['how far away is the station', 'how far is the station'],
    ['sno seg unna sanksjonene', 'sno seg unna sanksjonene'],
    ['har de svart, og i så fall når', 'har de svart og når'],
    ['hva skjedde med ferja i løpet av natta', 'hva skjedde med ferja natta'],
    // Impatience said around the question.
    ['hvem eier ferja, kom igjen da', 'hvem eier ferja'],
    ['come on now, who owns the ferry', 'who owns the ferry'],
    ['hvem eier ferja, svar da', 'hvem eier ferja'],
    ['answer me, who owns the ferry', 'who owns the ferry'],
    // British "when they're at home": who they really are, no time asked.
    ["who are the ferry people when they're at home", 'who are the ferry people'],
    ['did the ferry sink too same shit different year', 'did the ferry sink too year'],
  ])('%j reads as %j', (q, expected) => expect(withoutIdioms(tokenize(q)).join(' ')).toBe(expected));
});

describe('Engine: a set phrase asks nothing', () => {
  it('answers a question whose asker demands a reply and insults the bot (declined as unsure at 0.07)', () => {
    expect(seedEngine().ask('kor mange bilete tok dei, svar nå din dumme bot').intent).toBe('image-analysis');
  });

  it('answers the Norwegian cleft as the plain question (declined unsure at 0.64)', () => {
    expect(seedEngine().ask('Hvem var det som tok satellittbildene?').intent).toBe('image-analysis');
  });

  it('answers the question before a comparison with something else (declined as unsure at 0.03)', () => {
    const q = 'vet man hva som var i toget, eller er det som med de containerskipa fra iran der ingen egentlig vet?';
    expect(seedEngine().ask(q).intent).toBe('cargo-unknown');
  });

  it('reads "gonna be honest" as no prediction', () => {
    expect(seedEngine().ask("gonna be honest, I don't know who analysed the satellite pictures").declineReason).not.toBe('future');
  });

  it('reads "when they\'re at home" as no time asked (declined as a time the article does not give)', () => {
    expect(seedEngine().ask("and who is 38 North when it's at home?").intent).toBe('image-analysis');
  });

  it('reads "loads of" as many, not as cargo', () => {
    expect(seedEngine().ask('my aunt keeps saying there are loads of rail links from north korea to russia, is she right?').intent).not.toBe('cargo-unknown');
  });

  it('answers who made the claim "in the first place" with the claim, not the first leader or a place', () => {
    expect(seedEngine().ask('Who was it that claimed North Korea was arming Russia in the first place?').intent).toBe('claim-arms-supply');
  });

  it('answers what North Korea said "of course" past the course of a year', () => {
    expect(seedEngine().ask('of course north korea denies it all. what did they actually say?').intent).toBe('dprk-denial');
  });

  it.each([
    ['hvem tok bildene, vær så snill', 'image-analysis'],
    ['hvem tok bildene er du snill', 'image-analysis'],
    ['hvem tok bildene, hadde vært fint å vite', 'image-analysis'],
    ['who took the pictures, asking for a friend', 'image-analysis'],
    ['any idea who took the satellite pictures', 'image-analysis'],
    ['any idea how long the bridge is', 'friendship-bridge'],
  ])('answers %j past its courtesy, with %s', (q, id) => expect(seedEngine().ask(q).intent).toBe(id));
});

describe('Engine: a place pointed at far away', () => {
  it('answers past "der borte", which asks no distance (declined for "borte" at 0.68)', () => {
    expect(seedEngine().ask('Eg høyrde det var eit tog som kryssa grensa der borte, kva gjekk det ut på?').intent).toBe('train-crossing');
  });

  it('still reads "hvor langt borte" as a distance asked', () => {
    expect(seedEngine().ask('hvor langt borte var toget fra broen').intent).toBe('image-1310');
  });
});

describe('Engine: a pointer at something shared', () => {
  it('declines "haha sjekk denne", which asks nothing (answered with the pictures\' entry at 0.72)', () => {
    expect(seedEngine().ask('haha sjekk denne 😂😂').intent).toBeNull();
  });

  it('still checks a claim put after "sjekk dette:"', () => {
    expect(seedEngine().ask('sjekk dette: Nord-Korea selger våpen til Russland').intent).toBe('claim-arms-supply');
  });
});
