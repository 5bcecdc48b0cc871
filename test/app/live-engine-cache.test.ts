import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/factbot-app.js';
import { EngineModelCacheRepository } from '../../src/storage/engine-model-cache-repository.js';
import { useTempDir } from '../support/temp-dir.js';

describe('saved engine models', () => {
  const tempDir = useTempDir();

  it('saves the model on first start and answers the same from it on the next start', () => {
    const file = path.join(tempDir(), 'kb.db');
    const first = createApp({ FACTBOT_DB: file });
    const revision = first.repository.revision();
    const question = 'Hvem tok satellittbildene?';
    const before = first.engine.current().ask(question);
    const rows = first.db.prepare(`SELECT revision FROM engine_model_cache`).all();
    expect(rows).toEqual([{ revision }]);
    first.close();

    const second = createApp({ FACTBOT_DB: file });
    expect(second.engine.current().ask(question)).toEqual(before);
    second.close();
  });

  it('does not use a model saved for another revision: a change to the knowledge base is answered', () => {
    const file = path.join(tempDir(), 'kb.db');
    const app = createApp({ FACTBOT_DB: file });
    const kb = app.repository.load();
    const bridge = kb.entries.find((e) => e.id === 'friendship-bridge')!;
    app.repository.replaceAll({
      ...kb,
      entries: kb.entries.map((e) =>
        e === bridge ? { ...e, answer: { nb: 'Ny tekst om broen: 800 meter lang.', en: 'New text about the bridge: 800 metres long.' } } : e,
      ),
    });
    expect(app.engine.current().ask('How long is the Friendship Bridge?').answer).toContain('New text about the bridge');
    app.close();
    const again = createApp({ FACTBOT_DB: file });
    expect(again.engine.current().ask('How long is the Friendship Bridge?').answer).toContain('New text about the bridge');
    again.close();
  });

  it('ignores a model saved with other analysis code (another fingerprint)', () => {
    const file = path.join(tempDir(), 'kb.db');
    const app = createApp({ FACTBOT_DB: file });
    const cache = new EngineModelCacheRepository(app.db);
    cache.write('some-other-fingerprint', app.repository.revision(), { model: '{"broken": true}' });
    app.close();
    const again = createApp({ FACTBOT_DB: file });
    expect(again.engine.current().ask('Who analysed the images?').intent).toBe('image-analysis');
    again.close();
  });
});
