import type { Migration } from './migration.js';

/**
 * The next free asked-question id, shared by every process. A process reserves a block of ids here
 * so it can give an answer's buttons their question id at once and write the question after the
 * reply (the question log does not hold up the reply). Every insert into asked_questions takes its
 * id from here, so two processes never hand out the same one.
 */
export const questionIdBlocks: Migration = {
  version: 10,
  description: 'asked questions: ids reserved in blocks, so questions are written after the reply',
  up(db) {
    db.exec(`
      CREATE TABLE question_id_blocks (next_id INTEGER NOT NULL) STRICT;
      INSERT INTO question_id_blocks (next_id) SELECT coalesce(max(id), 0) + 1 FROM asked_questions;
    `);
  },
};
