import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/engine/analysis/tokenize.js';
import { picturePosition, pictureSeries } from '../../../src/engine/message/picture-order.js';
import { messageTokens } from '../../../src/engine/message/message-tokens.js';
import { readLexicon } from '../../../src/app/open-knowledge-base.js';
import { DATA_DIR } from '../../../src/config/project-paths.js';
import { assembleNow } from '../../../src/engine/assembly/assembly.js';
import { Engine } from '../../../src/engine/engine.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { loadSeedFiles } from '../../../src/kb/seed-files.js';
import { seedEngine } from '../../support/seed-engine.js';

describe('picturePosition', () => {
  it.each([
    ['what did the first satellite image show', 0],
    ['hvor endte toget opp på det siste bildet', -1],
    ['pic 2, what time is that', 1],
    ['bilde nummer to', 1],
    ['how many hours between the first and the last photo', -1],
    ['the third picture', 2],
  ])('%j names the picture at %i', (q, position) => expect(picturePosition(messageTokens(q))).toBe(position));

  it.each(['the first train in years', 'when was the train first seen on the russian side', 'how many pictures are there', 'who leaked the pics to the press'])(
    '%j names no picture by its place',
    (q) => expect(picturePosition(tokenize(q))).toBeUndefined(),
  );
});

describe('pictureSeries', () => {
  it('orders the entries of pictures taken at a time, the picture’s own entry for each time', () => {
    const entry = (id: string, en: string) => ({ id, answer: { en } });
    const series = pictureSeries([
      entry('late', 'At 14:29 the train can be seen at the station.'),
      entry('mention', 'In the satellite image from 14:29 there are containers.'),
      entry('early', 'One image was taken at 10:24. It shows a train.'),
      entry('timeless', 'The images were taken by a satellite company.'),
    ]);
    expect(series).toEqual(['early', 'late']);
  });

  it('is no series with fewer than two timed pictures', () => {
    expect(pictureSeries([{ id: 'one', answer: { en: 'At 10:24 the train can be seen.' } }])).toEqual([]);
  });
});

describe('Engine: a picture named by its place in the series', () => {
  const engine = seedEngine();

  it.each([
    ['what did the first satellite image show?', 'image-1024'],
    ['hvor endte toget opp på det siste bildet', 'image-1429'],
    ['the last photo was around 3pm at some russian station?', 'image-1429'],
    ['hva viser bilde nummer tre', 'image-1429'],
  ])('%j is answered with %s', (q, id) => expect(engine.ask(q).intent).toBe(id));

  it('keeps the entry of a picture named by its time', () => {
    expect(engine.ask('Er det samme toget på bildet fra 13.10 som på det første bildet?').intent).toBe('image-1310');
  });

  it('answers the same from an engine assembled in slices, which builds the series with it', () => {
    const assembled = assembleNow(Engine.assemble({ kb: loadSeedFiles(DATA_DIR), lexicon: readLexicon(), translate: createTranslator() }));
    expect(assembled.ask('what did the first satellite image show?').intent).toBe('image-1024');
    expect(assembled.ask('hvor endte toget opp på det siste bildet').intent).toBe('image-1429');
  });

  it('still declines what no picture tells', () => {
    expect(engine.ask('what was the weather like when the first satellite photo was taken').intent).toBeNull();
  });
});
