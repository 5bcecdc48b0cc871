import fs from 'node:fs';
import path from 'node:path';
import { parseKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';

/** Reads the reviewable seed files in data/ into one knowledge base, validated. */
export function loadSeedFiles(dataDir: string): KnowledgeBase {
  const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
  const entriesDir = path.join(dataDir, 'entries');
  const entries = fs
    .readdirSync(entriesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson(path.join('entries', f)));
  const optional = (file: string): unknown => (fs.existsSync(path.join(dataDir, file)) ? readJson(file) : undefined);
  const sources = (readJson('sources.json') as { sources: unknown }).sources;
  const conversation = (optional('conversation.json') as { intents?: unknown } | undefined)?.intents;
  const outOfScope = (optional('out-of-scope.json') as { examples?: unknown } | undefined)?.examples;
  return parseKnowledgeBase({ entries, sources, conversation, outOfScope });
}
