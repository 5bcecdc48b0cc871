import type { Migration } from './migration.js';
import { knowledgeBase } from './001-knowledge-base.js';
import { questionsAndFeedback } from './002-questions-and-feedback.js';
import { history } from './003-history.js';
import { engineModelCache } from './004-engine-model-cache.js';
import { suggestionPicks } from './005-suggestion-picks.js';
import { changeSurface } from './006-change-surface.js';
import { chatQuestions } from './007-chat-questions.js';
import { localizedNamesAndClaims } from './008-localized-names-and-claims.js';
import { questionAskers } from './009-question-askers.js';
import { questionIdBlocks } from './010-question-id-blocks.js';
import { engineMatcherCache } from './011-engine-matcher-cache.js';
import { changedRecords } from './012-changed-records.js';

export type { Migration };

/**
 * The ordered list of schema changes, one file each. Never edit a released migration: add one.
 */
export const MIGRATIONS: readonly Migration[] = [
  knowledgeBase,
  questionsAndFeedback,
  history,
  engineModelCache,
  suggestionPicks,
  changeSurface,
  chatQuestions,
  localizedNamesAndClaims,
  questionAskers,
  questionIdBlocks,
  engineMatcherCache,
  changedRecords,
];
