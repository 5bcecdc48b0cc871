import type { Migration } from './migration.js';
import { knowledgeBase } from './001-knowledge-base.js';
import { questionsAndFeedback } from './002-questions-and-feedback.js';
import { history } from './003-history.js';
import { engineModelCache } from './004-engine-model-cache.js';
import { questionAskers } from './005-question-askers.js';

export type { Migration };

/**
 * The ordered list of schema changes, one file each. Never edit a released migration: add one.
 */
export const MIGRATIONS: readonly Migration[] = [knowledgeBase, questionsAndFeedback, history, engineModelCache, questionAskers];
