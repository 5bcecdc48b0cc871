import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { onlyVerdictChoice, withVerdictChoiceAsTag } from '../../../src/engine/message/verdict-choice.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('withVerdictChoiceAsTag', () => {
  it('reads a true-or-false choice as its first word', () => {
    expect(withVerdictChoiceAsTag(tokenize('true or false the bridge is long')).join(' ')).toBe('true the bridge is long');
    expect(withVerdictChoiceAsTag(tokenize('sant/usant: brua er lang')).join(' ')).toBe('sant brua er lang');
    expect(withVerdictChoiceAsTag(tokenize('horses on the train, fact or fiction?')).join(' ')).toBe('horses on the train fact');
    expect(withVerdictChoiceAsTag(tokenize('the horse train, true or fake news?')).join(' ')).toBe('the horse train true');
    expect(withVerdictChoiceAsTag(tokenize('er hestetoget ekte eller fake')).join(' ')).toBe('er hestetoget ekte');
    // "eller" as typed in a hurry.
    expect(withVerdictChoiceAsTag(tokenize('sant el usant: brua er lang')).join(' ')).toBe('sant brua er lang');
    expect(withVerdictChoiceAsTag(tokenize('sant elr usant brua er lang')).join(' ')).toBe('sant brua er lang');
  });

  it('keeps a choice that is all the question asks, and words that are no choice', () => {
    expect(withVerdictChoiceAsTag(tokenize('verdict: true or false')).join(' ')).toBe('verdict true or false');
    expect(withVerdictChoiceAsTag(tokenize('is it true the bridge is long')).join(' ')).toBe('is it true the bridge is long');
  });

  it('knows a sentence that is only the choice', () => {
    expect(onlyVerdictChoice(tokenize('True or false'))).toBe(true);
    expect(onlyVerdictChoice(tokenize('riktig eller galt'))).toBe(true);
    expect(onlyVerdictChoice(tokenize('true or false the bridge is long'))).toBe(false);
  });
});

describe('Engine: a quiz item put as true or false', () => {
  const engine = seedEngine();

  it('answers or offers the entry on the statement, not the story verdict', () => {
    expect(engine.ask('True or false: Planet Labs took the satellite photos').intent).toBe('image-analysis');
    const bridge = engine.ask('Riktig eller galt: grensebrua heter Vennskapsbroen');
    expect(bridge.intent === 'friendship-bridge' || bridge.suggestions[0]?.id === 'friendship-bridge').toBe(true);
  });

  it('still answers the verdict when that is all that is asked', () => {
    expect(engine.ask('north korean shells for russia, true or false?').intent).toBe('claim-arms-supply');
  });
});

describe('Engine: "true or fake news?"', () => {
  it('asks whether the statement is so, not for an opinion on the news', () => {
    const engine = seedEngine();
    const answer = engine.ask('nk selling weapons to russia, true or fake news?');
    expect(answer.declineReason).not.toBe('opinion');
    expect(answer.intent).toBe('claim-arms-supply');
    // Fake news as a verdict of its own is still one.
    expect(engine.ask('is this fake news').declineReason).toBe('opinion');
  });
});
