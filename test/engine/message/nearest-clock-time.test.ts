import { describe, expect, it } from 'vitest';
import { clockTimesIn, nearestKnownTimes } from '../../../src/engine/message/nearest-clock-time.js';
import { readLexicon } from '../../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../../src/config/project-paths.js';
import { assembleNow } from '../../../src/engine/assembly/assembly.js';
import { Engine } from '../../../src/engine/engine.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { loadSeedFiles } from '../../../src/kb/seed-files.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('clockTimesIn', () => {
  it('reads every time of day the texts give, in minutes after midnight, once each', () => {
    expect(clockTimesIn(['At 10.24 the train …', 'Kl. 13:10 og 10.24', 'in 1948, 800 metres'])).toEqual([624, 790]);
  });
});

describe('nearestKnownTimes', () => {
  const known = [624, 790, 869]; // 10.24, 13.10, 14.29

  it('reads a time said near one the knowledge base gives as that one', () => {
    expect(nearestKnownTimes(['kl', '14', '30'], known)).toEqual(['kl', '14', '29']);
    expect(nearestKnownTimes(['at', '10', '40', 'the', 'train'], known)).toEqual(['at', '10', '24', 'the', 'train']);
  });

  it('leaves a time said exactly, one far from every known time, and numbers that are no time', () => {
    const asked = ['what', 'happened', 'at', '12', '00'];
    expect(nearestKnownTimes(asked, known)).toBe(asked);
    expect(nearestKnownTimes(['kl', '13', '10'], known)).toEqual(['kl', '13', '10']);
    expect(nearestKnownTimes(['800', 'metres'], known)).toEqual(['800', 'metres']);
  });

  it('reads an afternoon time on a twelve-hour clock as the afternoon’s, said of a picture or of the afternoon', () => {
    expect(nearestKnownTimes(['the', '1', '10', 'pic'], known)).toEqual(['the', '13', '10', 'pic']);
    expect(nearestKnownTimes(['at', '2', '30', 'in', 'the', 'afternoon'], known)).toEqual(['at', '14', '29', 'in', 'the', 'afternoon']);
    const scale = ['on', 'a', 'scale', '1', '10', 'how', 'sure'];
    expect(nearestKnownTimes(scale, known)).toBe(scale);
  });

  it('leaves a time between two known times that are both near', () => {
    expect(nearestKnownTimes(['12', '00'], [710, 730])).toEqual(['12', '00']);
  });
});

describe('Engine: a time of day near a picture’s is that picture’s', () => {
  const engine = seedEngine();

  it.each([
    ['kl 1430 stod toget ved en stasjon, hvilken?', 'image-1429'],
    ['where was the train around 2:30 pm', 'image-1429'],
    ['so at roughly 10:35 the train was still on the korean side?', 'image-1024'],
    // "1pm" is 13:00, ten minutes from the picture at 13.10.
    ['at 1pm was the train already past the bridge?', 'image-1310'],
    // Told by the half hour: "halv elleve" is 10.30, six minutes from the first picture.
    ['hvor mange vogner hadde toget ved halv elleve-tida?', 'image-1024'],
  ])('%j', (question, intent) => expect(engine.ask(question).intent).toBe(intent));
});

describe('Engine built in slices (as a bot swapping engines builds it)', () => {
  it('knows the answers’ times of day from its build, and reads a time near one as that one', () => {
    const engine = assembleNow(Engine.assemble({ kb: loadSeedFiles(DATA_DIR), lexicon: readLexicon(), translate: createTranslator() }));
    expect(engine.ask('where was the train around 2:30 pm').intent).toBe('image-1429');
  });
});
