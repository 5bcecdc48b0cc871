import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { askedDetail } from '../../../src/engine/message/asked-detail.js';
import { askedKind, leavesUnnamed, namesAsked, namesRoleAsked, namesSomeone } from '../../../src/engine/message/named-in.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('askedDetail: a name', () => {
  it.each([
    ["what's the ferry called", 'name'],
    ['what are the names of the ships', 'name'],
    ['hva heter fergen', 'name'],
    ['kva heiter skipet', 'name'],
    ['which journalist covered the story', 'name'],
    ['hvem skrev saken', 'name'],
    ['who took the pictures', undefined],
  ])('%j asks for %s', (q, detail) => expect(askedDetail(tokenize(q))).toBe(detail));
});

describe('namesAsked', () => {
  const text = 'The ferry “Northern Star” left Bergen harbour; the harbour was full. Norwegian officials met Ola Nordmann. The report names no journalist.';
  const asks = (q: string): boolean => namesAsked(text, tokenize(q), 'en');

  it('finds the name beside the thing asked about', () => {
    expect(asks("what's the name of the harbour")).toBe(true);
    expect(namesAsked('The train stood at Khasan station; the station was busy.', tokenize('what is the station called'), 'en')).toBe(true);
    expect(namesAsked('Analysert av 38 North, en tenketank i Washington.', tokenize('hva heter tenketanken'), 'nb')).toBe(true);
  });

  it('finds it for a definite form the stemmer leaves longer than the text word ("sikkerhetsrådgiveren", "sikkerhetsrådgiver")', () => {
    const text = 'Ifølge John Kirby, sikkerhetsrådgiver for president Joe Biden, prøver Nord-Korea å skjule det.';
    expect(namesAsked(text, tokenize('hva heter sikkerhetsrådgiveren til Biden'), 'nb')).toBe(true);
    // Was declined as a name the article does not give.
    expect(seedEngine().ask('hva heter sikkerhetsrådgiveren til Biden som uttalte seg?').intent).toBe('covert-shipments');
  });

  it('does not take a word the question already says, or a name beside another name, for the name asked', () => {
    expect(asks('what were the names of the norwegian officials')).toBe(false);
    expect(asks('what is the name of the ship ola nordmann met')).toBe(false);
  });

  it('finds no name where the text says none or never uses the word', () => {
    expect(asks('which journalist wrote the report')).toBe(false);
    expect(asks('what is the captain called')).toBe(false);
  });

  it('asks the name of the thing after "name of", not of where it is ("the captain at the harbour")', () => {
    expect(asks('what is the name of the captain at the harbour')).toBe(false);
    expect(asks('what is the name of the harbour the ferry left')).toBe(true);
    expect(namesAsked('Analysert av 38 North, en tenketank i Washington.', tokenize('navnet på analytikeren ved tenketanken'), 'nb')).toBe(false);
  });

  it('does not take a preposition before a name for the thing named ("fullblodshester fra Russland" names no horse)', () => {
    const horses = 'Landet har kjøpt fullblodshester fra Russland. Artikkelen viser et bilde, offentliggjort i 2019, av Kim på en av hestene.';
    expect(namesAsked(horses, tokenize('hva heter hesten Kim rir på bildet fra 2019?'), 'nb')).toBe(false);
    expect(asks('what ship came from Bergen')).toBe(false);
  });
});

describe('namesRoleAsked: the person asked for by role', () => {
  const soviet = "Soviet officials helped install Kim Il-sung, the grandfather of today's leader Kim Jong-un.";

  it('finds no name beside the role, in any form of its word', () => {
    expect(namesRoleAsked(soviet, tokenize('Who was the Soviet official who installed Kim Il-sung?'), 'en')).toBe(false);
    const nb = 'Sovjetiske tjenestemenn bidro til å innsette Kim Il-sung, farfaren til dagens leder Kim Jong-un.';
    expect(namesRoleAsked(nb, tokenize('kem va dæm sovjetiske tjenestemennan som innsatte kim il-sung'), 'nb')).toBe(false);
    expect(namesRoleAsked(nb, tokenize('hvem av de sovjetiske offiserene innsatte Kim Il-sung'), 'nb')).toBe(false);
  });

  it('reads the official of a body and a spokesperson as a person asked for by role', () => {
    expect(askedDetail(tokenize('which Norwegian official made the announcement'))).toBe('person');
    expect(askedDetail(tokenize('hvem var pressetalspersonen i rederiet'))).toBe('person');
    expect(namesRoleAsked('The shipping company said so.', tokenize('hvem var pressetalspersonen i rederiet'), 'nb')).toBeUndefined();
    expect(askedDetail(tokenize('who was the spokesman'))).toBe('person');
  });

  it('finds the name beside the role, and leaves a text that never speaks of the role to other checks', () => {
    expect(namesRoleAsked('The US official John Kirby said so.', tokenize('which official said so'), 'en')).toBe(true);
    expect(namesRoleAsked('John Kirby said so.', tokenize('which official said so'), 'en')).toBeUndefined();
    expect(namesRoleAsked(soviet, tokenize('who in north korea denied it'), 'en')).toBeUndefined();
  });
});

describe('askedKind and leavesUnnamed: which ones of a kind', () => {
  const texts = ['The ferry may sail to ports in Denmark or Germany.', 'Ferja kan gå til havner i Danmark eller Tyskland.'];
  const unnamed = (q: string): boolean => leavesUnnamed(texts, askedKind(tokenize(q))!, tokenize(q));

  it('reads the kind asked for', () => {
    expect(askedKind(tokenize('which Danish ports exactly'))).toBe('ports');
    expect(askedKind(tokenize('hvilke av havnene'))).toBe('havnene');
    expect(askedKind(tokenize('hvem var på båten'))).toBeUndefined();
    expect(askedKind(tokenize('list the North Sea ports it calls at'))).toBe('ports');
    expect(askedKind(tokenize('what role did Danish officials play'))).toBeUndefined();
    // Through any number of words placing it.
    expect(askedKind(tokenize('which specific North or West African ports'))).toBe('ports');
  });

  it('finds no name when the text speaks of the kind only by where it is, and the question already says where', () => {
    expect(unnamed('which ports in Denmark exactly?')).toBe(true);
    expect(unnamed('hvilke havner i Danmark er det snakk om')).toBe(true);
  });

  it('takes where the question says in Nynorsk for said ("Midtausten" for the text\'s "Midtøsten")', () => {
    const east = ['Granatene sendes til land i Midtøsten.'];
    expect(leavesUnnamed(east, 'land', tokenize('kva land i Midtausten går dei til'))).toBe(true);
    // Typed without ø.
    expect(leavesUnnamed(east, 'land', tokenize('hvilket land i midtosten sendes de til'))).toBe(true);
  });

  it('takes where they are for an answer when the question does not say it', () => {
    expect(unnamed('which ports may the ferry sail to')).toBe(false);
  });

  it('takes a name beside the kind for an answer, and cannot tell when the text never speaks of the kind', () => {
    expect(leavesUnnamed(['The company Planet Labs took them.'], 'company', tokenize('which company took them'))).toBe(false);
    expect(leavesUnnamed(['It went to Russia.'], 'country', tokenize('which country did it go to'))).toBe(false);
  });

  it('takes "the two countries" for the ones the text has named, and "to" before a kind for a preposition', () => {
    const between = ['A ferry sailed from Denmark to Germany, the first between the two countries in years.', 'Trafikk mellom de to landene.'];
    expect(leavesUnnamed(between, 'countries', tokenize('between which countries'))).toBe(false);
    expect(leavesUnnamed([between[1]!], 'landene', tokenize('mellom hvilke land'))).toBe(false);
    expect(leavesUnnamed(['The shells go to countries in the Middle East.'], 'countries', tokenize('which Middle East countries'))).toBe(true);
  });

  it('takes a name after "from" for an answer to where from, though the text speaks of the kind unnamed', () => {
    const bought = [
      'The country has over the years spent thousands of dollars on ferries from Denmark.',
      'Landet har gjennom årene brukt tusenvis av dollar på ferjer fra Danmark.',
    ];
    expect(leavesUnnamed(bought, 'country', tokenize('which country did they buy the ferries from'))).toBe(false);
    expect(leavesUnnamed(bought, 'land', tokenize('fra hvilket land kjøper de ferjer'))).toBe(false);
    expect(leavesUnnamed(bought, 'country', tokenize('which country bought them'))).toBe(true);
  });
});

describe('namesSomeone', () => {
  it('finds a person named beside what the question says', () => {
    expect(namesSomeone('According to John Kirby, the shells are shipped covertly.', tokenize('who in the US said it'))).toBe(true);
  });

  it('finds a name opening a sentence, not a capitalised word that opens it', () => {
    expect(namesSomeone('Ola Nordmann says the ferry is late.', tokenize('which official said the ferry is late'))).toBe(true);
    expect(namesSomeone('The Harbour Office said the ferry is late.', tokenize('who at the harbour office said it'))).toBe(false);
  });

  it('finds no one in a text naming only the country asked about, a month, or a word opening a sentence', () => {
    const text = 'In September, North Korea said it had sold nothing. Russia denied it.';
    expect(namesSomeone(text, tokenize('who in North Korea made the denial'))).toBe(false);
  });

  it('takes the country said in another form ("north korean") for said', () => {
    const text = 'In September, North Korea said it had sold nothing.';
    expect(namesSomeone(text, tokenize('who in the north korean leadership said that'))).toBe(false);
  });
});

describe('Engine: the person asked for by role', () => {
  const engine = seedEngine();

  it('says the article does not name the Soviet officials, and offers the history', () => {
    for (const question of ['Who was the Soviet official who installed Kim Il-sung?', 'hvem av de sovjetiske offiserene innsatte Kim Il-sung']) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBeNull();
      expect(
        answer.suggestions.map((s) => s.id),
        question,
      ).toContain('history-1948');
    }
  });
});
