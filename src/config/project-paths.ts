import path from 'node:path';
import { fileURLToPath } from 'node:url';

// This file sits at src/config/ (or dist/config/ once built): the project root is two levels up.
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = path.join(PROJECT_ROOT, 'data');
export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');
export const DEFAULT_DB_FILE = path.join(PROJECT_ROOT, 'var', 'factbot.db');
