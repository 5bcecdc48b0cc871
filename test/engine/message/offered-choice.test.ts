import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { offeredChoices, withCleftChoiceRead, withoutSecondChoice, withoutUnknownChoices } from '../../../src/engine/message/offered-choice.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withoutUnknownChoices', () => {
  it('leaves out unknown choices offered beside a known one', () => {
    expect(withoutUnknownChoices(tokenize('who took them maxar planet labs or airbus'), ['maxar', 'airbus'])?.join(' ')).toBe('who took them planet labs or');
    expect(withoutUnknownChoices(tokenize('founded in 1948 or 1950'), ['1950'])?.join(' ')).toBe('founded in 1948 or');
  });

  it('keeps choices when none is known, and a bare "or what"', () => {
    expect(withoutUnknownChoices(tokenize('did reuters or ap confirm it'), ['reuters', 'ap'])).toBeUndefined();
    expect(withoutUnknownChoices(tokenize('is he crazy or what'), ['crazy'])).toBeUndefined();
    expect(withoutUnknownChoices(tokenize('who took the pictures'), [])).toBeUndefined();
  });
});

describe('Engine: a guess offered beside the right choice', () => {
  const engine = seedEngine();

  it('answers with the entry that says which choice is right', () => {
    expect(engine.ask('Who supplied the satellite imagery here, Planet Labs or Maxar?').intent).toBe('image-analysis');
    expect(engine.ask('was north korea founded in 1948 or 1950?').intent).toBe('history-1948');
  });

  it('still declines a question whose choices the article does not know', () => {
    expect(engine.ask('Did Reuters or AP confirm the horse shipment?').intent).toBeNull();
  });
});

describe('offeredChoices', () => {
  const choices = (q: string): [string, string] | undefined => offeredChoices(tokenize(q), q);

  it('reads the two words either side of the "or" that ends a question', () => {
    expect(choices('is the bridge for cars or trains only?')).toEqual(['cars', 'trains']);
    expect(choices('var det diesellok eller elektrisk?')).toEqual(['diesellok', 'elektrisk']);
    expect(choices('did it go by train or by ship')).toEqual(['train', 'ship']);
    // The thing said twice ("a … bridge"): the word before it is the choice.
    expect(choices('is the friendship bridge a rail bridge too or only a road')).toEqual(['rail', 'road']);
  });

  it('reads no choice in a verdict or an order asked for, in a list of three, or with an "or" inside the question', () => {
    expect(choices('north korea is arming russia, true or false?')).toBeUndefined();
    expect(choices('North Korea give the bombs to Russia. This is truth or lie?')).toBeUndefined();
    expect(choices('nord-korea sender granater, sannhet eller løgn?')).toBeUndefined();
    expect(choices('Is that proven or just suspicion?')).toBeUndefined();
    expect(choices('er det bevist eller bare påstander?')).toBeUndefined();
    expect(choices('e det bekrefta eller bare synsing?')).toBeUndefined();
    expect(choices('har de bevis for leveransene, eller bare ord?')).toBeUndefined();
    expect(choices('is there proof of the deliveries or just words')).toBeUndefined();
    expect(choices('was the picture before or after 10?')).toBeUndefined();
    expect(choices('who said it, the White House, the Pentagon or State?')).toBeUndefined();
    expect(choices('is there another road or rail link besides the bridge')).toBeUndefined();
  });
});

describe('Engine: choices the answer gives neither of', () => {
  const engine = seedEngine();

  it.each(['is the friendship bridge for trucks or trains?', 'is the bridge for road or rail?'])(
    '%j: says the article does not give which, and offers the entry on the topic',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.intent).toBeNull();
      expect(answer.declineReason).toBe('detail');
      expect(answer.suggestions.map((s) => s.id)).toEqual(['friendship-bridge']);
    },
  );

  it('answers when the answer gives one of them', () => {
    expect(engine.ask('was the train seen by satellites or spies?').intent).toBe('train-crossing');
  });
});

describe('withoutSecondChoice', () => {
  it('takes out the choice after "or" with the little words opening it', () => {
    const horses = withoutSecondChoice(tokenize('is kim into horses or dogs lol'));
    expect(horses?.tokens.join(' ')).toBe('is kim into horses lol');
    expect(horses?.choices).toEqual(['horses', 'dogs']);
    expect(withoutSecondChoice(tokenize('kom hestene fra russland eller fra kina'))?.tokens.join(' ')).toBe('kom hestene fra russland');
  });

  it('takes out a second question after "or" whole', () => {
    const crossed = withoutSecondChoice(tokenize('did a train cross or is that just a claim'));
    expect(crossed?.tokens.join(' ')).toBe('did train cross');
    expect(crossed?.choices).toBeUndefined();
    // The first may end in a little word.
    expect(withoutSecondChoice(tokenize('går det tog der, eller er dette noe nytt'))?.tokens.join(' ')).toBe('går det tog der');
  });

  it('offers no choice to take out when the kind is asked', () => {
    expect(withoutSecondChoice(tokenize('hva slags lokomotiv var det russisk eller nordkoreansk'))).toBeUndefined();
  });

  it('leaves the question without the first choice beside it', () => {
    expect(withoutSecondChoice(tokenize('is kim into dogs or horses'))?.withoutFirst?.join(' ')).toBe('is kim into horses');
  });

  it('offers no choice after "or not", "eller hva", or with no word before "or"', () => {
    expect(withoutSecondChoice(tokenize('did they deny it or not'))).toBeUndefined();
    expect(withoutSecondChoice(tokenize('var det våpen eller hva'))).toBeUndefined();
    expect(withoutSecondChoice(tokenize('was it this or that'))).toBeUndefined();
  });
});

describe('withCleftChoiceRead', () => {
  it('reads a choice put as a cleft at the end as the bare choice', () => {
    expect(withCleftChoiceRead(tokenize('likte han hunder, eller var det hester')).join(' ')).toBe('likte han hunder eller hester');
    expect(withCleftChoiceRead(tokenize('was it the ferry or was it the bus')).join(' ')).toBe('was it the ferry or the bus');
  });

  it('leaves what it is said to be, a verdict, or a second question', () => {
    for (const q of ['er det vanlig, eller er det nytt', 'did it sink, or was it just a rumour', 'did it sink or was it towed away to the yard'])
      expect(withCleftChoiceRead(tokenize(q)).join(' ')).toBe(tokenize(q).join(' '));
  });
});

describe('Engine: an either-or question whose second is a question of its own', () => {
  it('answers the first, though it ends in a little word (declined, the 38 North entry offered)', () => {
    expect(seedEngine().ask('Er det vanlig at det går tog der, eller er dette noe nytt?').intent).toBe('first-in-years');
  });
});

describe('Engine: an either-or question whose second choice the article does not settle', () => {
  const engine = seedEngine();

  it('answers from the entry the first choice leads to, when its answer names a choice', () => {
    expect(engine.ask('is Kim Jong-un into horses or dogs? lol').intent).toBe('kim-horses');
    expect(engine.ask('Kom fullblodshestene til Kim fra Russland eller fra Kina?').intent).toBe('kim-horses');
  });

  it('answers from the entry naming the second choice when the first is a word no entry knows (declined as unsure)', () => {
    expect(engine.ask('is kim into dogs or horses?').intent).toBe('kim-horses');
    // Asked of "Kim Jong-un", the message stays declined even without its first choice since the training question "kim
    // jong un og hester hva er greia" left data/ (DF2 held it): the name's words lean elsewhere in the texts left.
    expect(engine.ask('Likte Kim katter, eller var det hester?').intent).toBe('kim-horses');
  });

  it('answers without a second question that adds nothing the article does not know', () => {
    expect(engine.ask('is it confirmed that a train actually crossed, or is that just another claim?').intent).toBe('train-crossing');
    expect(engine.ask('is it only North Korea supplying Russia, or is Iran also sending weapons?').intent).toBeNull();
  });

  it('still declines when the entry names neither choice', () => {
    expect(engine.ask('Is Kirby a Democrat or Republican?').intent).toBeNull();
    expect(engine.ask('how does 38 North actually analyse the pictures, AI or humans looking at them?').intent).toBeNull();
  });
});
