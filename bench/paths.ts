import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root, found from this file whether it runs as bench/paths.ts or compiled under
 * bench/.build/: the nearest folder up whose package.json is factbot's. Every path the bench uses is
 * explicit from here (src/config/project-paths.ts would point inside bench/.build).
 */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'factbot') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('bench: cannot find the factbot project root');
    dir = up;
  }
}

export const ROOT = findRoot();
export const DATA_DIR = path.join(ROOT, 'data');
export const LOCALES_DIR = path.join(ROOT, 'locales');
export const EVAL_TEST = path.join(ROOT, 'test', 'eval', 'questions.jsonl');
export const EVAL_DEV = path.join(ROOT, 'test', 'eval', 'dev.jsonl');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
export const BUILD_DIR = path.join(ROOT, 'bench', '.build');
export const CLI_MAIN = path.join(ROOT, 'dist', 'cli', 'main.js');

/** The version of an installed package (or of factbot itself), for the report. */
export function packageVersion(name: string): string {
  const file = name === 'factbot' ? path.join(ROOT, 'package.json') : path.join(ROOT, 'node_modules', name, 'package.json');
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
