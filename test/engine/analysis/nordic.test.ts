import { describe, expect, it } from 'vitest';
import { nordicForms, readAsSwedish, withNordicQuestionWords } from '../../../src/engine/analysis/nordic.js';
import { nynorskToBokmal } from '../../../src/engine/analysis/nynorsk.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('Swedish and Danish forms', () => {
  it('maps Swedish and Danish words to their Bokmål form', () => {
    expect(['vad', 'mycket', 'skickar', 'vapen', 'ryssland', 'förnekat'].map(nynorskToBokmal)).toEqual([
      'hva',
      'mye',
      'sender',
      'våpen',
      'russland',
      'benektet',
    ]);
    expect(['hvad', 'hvornår', 'af', 'havde', 'billederne', 'vogne'].map(nynorskToBokmal)).toEqual(['hva', 'når', 'av', 'hadde', 'bildene', 'vogner']);
    expect(['är', 'själva', 'anklagelserna', 'förbjudet', 'exportera'].map(nynorskToBokmal)).toEqual(['er', 'selv', 'anklagene', 'forbudt', 'eksportere']);
    // Norwegian words that look Danish keep their Norwegian meaning; so does Nynorsk "att" (again), not Swedish "att" (to).
    expect(['været', 'var', 'have', 'att'].map(nynorskToBokmal)).toEqual(['været', 'var', 'have', 'att']);
    // The head of a compound, as in Nynorsk.
    expect(['satellitbilderna', 'togbillederne'].map(nynorskToBokmal)).toEqual(['satellitbildene', 'togbildene']);
  });

  it('reads the everyday words of a Swede or a Dane asking about the train', () => {
    expect(['senast', 'sträckan', 'sådant', 'fattar', 'taget', 'skete', 'faldt', 'artiklen'].map(nynorskToBokmal)).toEqual([
      'sist',
      'strekningen',
      'slikt',
      'skjønner',
      'tatt',
      'skjedde',
      'falt',
      'artikkelen',
    ]);
    expect(seedEngine().ask('hvem har taget billederne?').intent).toBe('image-analysis');
  });

  it('says the article gives no date asked for with Swedish "datum" (declined as unsure before, or answered with the article\'s month)', () => {
    const answer = seedEngine().ask('Vilket datum fotograferades tåget?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });

  it("reads a Swede's words for liking, law and the horse train, and answers in Norwegian", () => {
    const forms = { gillar: 'liker', olagligt: 'ulovlig', enligt: 'ifølge', hästtåget: 'hestetoget', hästarna: 'hestene', hvide: 'hvite' };
    for (const [word, bokmal] of Object.entries(forms)) expect(nynorskToBokmal(word), word).toBe(bokmal);
    const answer = seedEngine().ask('varför gillar Kim Jong-un hästar så mycket?');
    expect([answer.intent, answer.lang]).toEqual(['kim-horses', 'nb']);
    expect(seedEngine().ask('är det olagligt för Nordkorea att sälja vapen till Ryssland?').intent).toBe('un-arms-ban');
  });

  it("reads a Swede's words for hiding, legal, unusual and stuff loaded, and a Dane's for unusual", () => {
    const forms = { dölja: 'skjule', lagligt: 'lovlig', ovanligt: 'uvanlig', lastades: 'lastet', grejer: 'greier', usædvanligt: 'uvanlig' };
    for (const [word, bokmal] of Object.entries(forms)) expect(nynorskToBokmal(word), word).toBe(bokmal);
    expect(seedEngine().ask('hur döljer nordkorea sina leveranser enligt usa?').intent).toBe('covert-shipments');
  });

  it('greets a Swede greeting in Swedish, in Norwegian ("hej" is "hei")', () => {
    expect(['hej', 'hejsan', 'hallå'].map(nynorskToBokmal)).toEqual(['hei', 'heisann', 'hallo']);
    const answer = seedEngine().ask('hejsan! 👋');
    expect(answer.intent).toBe('greeting');
    expect(answer.lang).toBe('nb');
  });

  it('greets a Dane greeting with "hejsa"', () => {
    expect(nynorskToBokmal('hejsa')).toBe('hei');
    expect(seedEngine().ask('hejsa bot').intent).toBe('greeting');
  });

  it('thanks in Swedish: "tack" is "takk"', () => {
    expect(nynorskToBokmal('tack')).toBe('takk');
    expect(seedEngine().ask('tack så väldigt mycket').intent).toBe('thanks');
  });

  it('reads "what was there" in "fantes" and Swedish "fanns", not "what was found"', () => {
    expect(['fantes', 'fanns'].map(nynorskToBokmal)).toEqual(['var', 'var']);
    expect(seedEngine().ask('Vad fanns på tåget?').intent).toBe('cargo-unknown');
    expect(seedEngine().ask('hva fantes på toget').intent).toBe('cargo-unknown');
  });

  it('offers the Bokmål endings of a Danish or Swedish definite plural and past participle', () => {
    expect(nordicForms('hestarna')).toContain('hestene');
    expect(nordicForms('granaterne')).toEqual(['granatene']);
    expect(nordicForms('losset')).toEqual([]);
    expect(nordicForms('lossat')).toEqual(['losset']);
  });

  const engine = seedEngine();

  it.each([
    ['Vem har analyserat satellitbilderna?', 'image-analysis'],
    ['Hvornår blev Vennskabsbroen lukket?', 'friendship-bridge'],
    ['Hvor mange vogne havde toget på satellitbillederne fra om morgenen?', 'image-1024'],
    ['Har Nordkorea förnekat att de skickar vapen?', 'dprk-denial'],
    ['Hvem har analyseret billederne?', 'image-analysis'],
  ])('answers %j in Norwegian', (question, intent) => {
    const answer = engine.ask(question);
    expect(answer.lang).toBe('nb');
    expect(answer.intent).toBe(intent);
  });
});

describe('readAsSwedish', () => {
  it('reads Swedish "tog" (took) beside a Swedish word, and leaves the Norwegian train alone', () => {
    expect(readAsSwedish(['vem', 'tog', 'bilderna'])).toEqual(['vem', 'tok', 'bilderna']);
    expect(readAsSwedish(['hva', 'fraktet', 'toget'])).toEqual(['hva', 'fraktet', 'toget']);
    expect(readAsSwedish(['hvor', 'kjørte', 'tog', 'fra'])).toEqual(['hvor', 'kjørte', 'tog', 'fra']);
    expect(seedEngine().ask('vem tog bilderna från satelliten?').intent).toBe('image-analysis');
  });
});

describe('withNordicQuestionWords', () => {
  it('reads Swedish and Danish question words as Bokmål, "hur" as "hvor" before a measure and "hvordan" else', () => {
    expect(withNordicQuestionWords(['hur', 'många', 'hästar'])).toEqual(['hvor', 'mange', 'hästar']);
    expect(withNordicQuestionWords(['hur', 'vet', 'de', 'det'])).toEqual(['hvordan', 'vet', 'de', 'det']);
    expect(withNordicQuestionWords(['hvornår', 'blev', 'billederne', 'taget'])).toEqual(['når', 'blev', 'billederne', 'taget']);
    expect(withNordicQuestionWords(['how', 'many', 'horses'])).toEqual(['how', 'many', 'horses']);
  });

  it('declines what a Swede asks that the article does not give, as it does the same in Norwegian', () => {
    const engine = seedEngine();
    for (const question of ['hur många hästar var det på hästtåget', 'vad hette Kim Il-sungs son']) {
      const answer = engine.ask(question);
      expect(answer.intent, question).toBeNull();
      expect(answer.declineReason, question).toBe('detail');
    }
  });
});

describe('withNordicQuestionWords: Swedish "hur" before a Norwegian measure', () => {
  it('reads "hur mange" as "hvor mange", so the count the article lacks is declined as in Bokmål (answered with the horses at 0.90)', () => {
    expect(withNordicQuestionWords(['hur', 'mange', 'hester'])).toEqual(['hvor', 'mange', 'hester']);
    const answer = seedEngine().ask('hur mange hester har Kim egentlig?');
    expect(answer.intent).toBeNull();
    expect(answer.declineReason).toBe('detail');
  });
});
