import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { evaluate, ratio } from '../../src/evaluation/evaluate.js';
import { readEvaluationSet } from '../../src/evaluation/evaluation-set.js';
import { DATA_DIR } from '../../src/config/project-paths.js';
import { loadSeedFiles } from '../../src/kb/seed-files.js';
import { seedEngine } from '../support/seed-engine.js';

/**
 * The quality gate: floors just under what the engine measures on each evaluation set, so a change
 * that makes answers worse fails here.
 *
 * - heldout/*.jsonl were written by helpers who read only the article and the contract (never
 *   data/, src/ or the other sets) and were frozen before the engine was run on them. Their
 *   first-seen scores are in the README; they have been tuned on since (except where noted there),
 *   so they are regression gates now, not fresh measures.
 * - questions.jsonl and dev.jsonl are the first sets; the matcher was once tuned on both, and their
 *   questions that also stood in data/ were taken out of data/.
 */
const SETS = [
  // Answered 95.3% -> 96.7% with the decision fitted on realistic messages (issue 9, decide).
  // Declines lowered by one question in the thirty-eighth session: image-analysis learned "how many sat pics are there in
  // total?" (ten questions for the pictures "in total" gained), and "how many containers got loaded at khasan in total"
  // is now answered with the entry saying no transloading could be established.
  { file: 'heldout/heldout-discord.jsonl', answerable: 0.96, reached: 0.99, declines: 0.98 },
  // Declines 93.1% -> 91.7% when 31 of our training texts that set H happened to share were taken out of data/.
  // Declines 91.7% -> 94.4% with the answer-type checks (issue 9, dec).
  // 93.5% / 94.4% -> 95.7% / 97.2% answered / declined with the decision fitted on realistic messages (issue 9, decide).
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): 97.1% / 98.6% / 98.6%.
  { file: 'heldout/heldout-askers.jsonl', answerable: 0.95, reached: 0.98, declines: 0.98 },
  // Blind until the end of the session that built the engine for it: first seen at 82.5% / 95.8% / 92.2%; tuned on since.
  // Declines 96.1% -> 94.8% when 41 of our training texts that sets I and J shared were taken out of data/, and back to
  // 96.1% with the answer-type checks (issue 9, dec).
  // Reached 99.3% -> 98.6% (two answerable questions now answered wrongly rather than declined with the right
  // suggestion) and declined 96.1% -> 97.4% with the decision fitted on realistic messages (issue 9, decide).
  // Declines 97.4% -> 96.1% (forty-first session) with "went" read as "go" (29 questions gained over every set, 7 lost):
  // "How much did trade between NK and Russia amount to in dollars last year?" is now answered with the horses' dollars.
  { file: 'heldout/blind-mixed.jsonl', answerable: 0.93, reached: 0.98, declines: 0.96 },
  // Written and frozen in the session of 2026-12-02 before any engine ran on it: first seen at 83.0% / 96.0% / 94.2%
  // on the engine that session built (81.0% / 96.0% / 93.3% on the one before it). 16 of its questions stood in data/
  // by coincidence (short, common wordings written before the set); taken out of data/: 82.5% / 96.0% / 94.2%. Tuned on
  // since (direction, everyday words, which sentence answers, contractions, training questions of our own).
  // Reached 99.0% -> 98.5% when the training texts set H shared were taken out of data/.
  // Answered 91.5% -> 94.0% with the decision fitted on realistic messages (issue 9, decide).
  // 94.0% -> 93.5% answered (issue 9, decide2): one question at the cut (0.68) now just under it, its runner-up (the entry
  // that now answers who John Kirby is) closer; still reached.
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): 93.5% / 99.0% / 98.3% (one answered question now just under the cut).
  { file: 'heldout/fresh-E.jsonl', answerable: 0.93, reached: 0.99, declines: 0.98 },
  // Written and frozen in the session that began 2026-12-02 03:56 UTC, before any engine ran on it; 16 of its questions
  // that stood in data/ by coincidence were taken out of data/. First seen at 80.9% / 94.7% / 92.4% on the engine that
  // session built (82.4% / 94.3% / 93.0% on the one before it). Tuned on since, by general mechanisms only (names,
  // counts, days and speakers the article lacks; comparisons; years said in words; polite requests; slips of the keys).
  // 83.6% / 95.8% / 97.5% with I's and J's overlaps out of data/.
  // With the decision fitted on realistic messages (issue 9, decide): 86.3% / 96.9% / 96.2%. Declines lose 1.3 points
  // (two more questions answered) for 2.7 points answered; the fit judged leave-one-set-out gains on I and J too.
  // 86.6% answered once M1's and M2's 28 coincidental overlaps were out of data/.
  // Reached 96.2% -> 95.8% (issue 9, decide2): "source? who says there was a train at all", declined with the right
  // suggestion before, is now answered (at the cut) with the article's credits.
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): 86.6% / 95.8% / 97.5%.
  { file: 'heldout/fresh-F.jsonl', answerable: 0.86, reached: 0.95, declines: 0.97 },
  // Written and frozen in the session that began 2026-12-02 06:51 UTC (by a helper that read only the article and the
  // contract) and committed before any engine ran on it. First seen at 79.5% / 96.3% / 86.7% on the engine of the
  // session before; 17 of its questions that stood in data/ by coincidence were then taken out of data/ (same score).
  // The engine with that session's work (tuned on F, never on G): 79.0% / 96.3% / 89.3%.
  // Since analysed (with F) to choose between methods, never fitted on: 81.5% / 96.3% / 89.3% (issue 9, acc2).
  // Tuned on since (issue 9: und, Nordic forms and colloquial words; dec, answer-type checks and decisive frames): 84.1% / 96.6% / 94.8%.
  // With the decision fitted on realistic messages (issue 9, decide): 85.5% / 96.3% / 94.0% (declines -0.8 points,
  // two questions, for +1.4 answered).
  // 87.2% answered with follow-ons, topic requests, counts in words and everyday words read (issue 9, decide2).
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): 87.2% / 96.0% / 96.1%.
  { file: 'heldout/fresh-G.jsonl', answerable: 0.87, reached: 0.96, declines: 0.96 },
  // Written and frozen in the same session, from the article and the contract only, and committed before any engine ran on
  // it; never read by the helpers who tuned that session's engine. First seen at 79.7% / 95.4% / 89.9% on the engine
  // with the session's first round of work (79.7% / 95.4% / 88.3% on the one the session began with), 80.5% / 95.4% / 89.9%
  // with its last; 31 of its questions that stood in data/ by coincidence then taken out of data/: 80.3% / 95.2% / 89.9%.
  // Tuned on since (issue 9, und: Swedish/Danish forms, dictation, slang, which sentence of a message asks; dec: the kind
  // of fact asked and whether the entry gives it, predictions, opinions and questions about the bot declined however well
  // they match), with I's and J's overlaps out of data/: 85.6% / 97.0% / 97.6%.
  // With the decision fitted on realistic messages (issue 9, decide): 87.8% / 96.5% / 97.2%.
  // 88.4% / 96.5% / 97.2% (issue 9, decide2).
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): 88.4% / 96.5% / 97.6%.
  { file: 'heldout/fresh-H.jsonl', answerable: 0.88, reached: 0.96, declines: 0.97 },
  // Written and frozen at the start of the session of 2026-12-02 09:35 UTC (899 messages, 48 kinds), from the article and the
  // contract only, committed before any engine ran on it, and never read by the helpers who tuned that session's engine.
  // First seen at 79.0% / 95.2% / 82.1% (language 98.3%) on the engine the session began with; its 31 questions that stood
  // in data/ by coincidence then taken out of data/: 78.3% / 95.2% / 82.4%. With the session's work (tuned on F, G and H):
  // 78.5% / 95.6% / 85.3%, language 98.4% (its own floor: short Nordic and code-switched messages).
  // With the decision fitted on realistic messages (issue 9, decide; I among the sets it was fitted on): 81.1% / 95.4% / 88.2%;
  // fitted without I (leave-one-set-out) 81.3% / 87.2%.
  // With typo, detail and decide merged and the decision refitted on the merged engine: 82.1% / 95.0% / 90.1%.
  // 82.3% / 94.7% / 90.1% (issue 9, decide2).
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): 82.3% / 94.7% / 93.0%.
  { file: 'heldout/fresh-I.jsonl', answerable: 0.82, reached: 0.94, declines: 0.93, language: 0.98 },
  // Written in the same session (845 messages, 59 kinds, most of them kinds a builder would not think of) and kept blind
  // until the session's work was merged: first seen at 58.5% / 90.6% / 86.4% on that engine (58.3% / 90.6% / 83.7% on
  // the one the session began with, which still had J's 10 coincidental overlaps in data/).
  // With the decision fitted on realistic messages (issue 9, decide; J among the sets it was fitted on): 63.0% / 92.4% / 88.9%;
  // fitted without J (leave-one-set-out) 63.0% / 88.3%.
  // With typo, detail and decide merged and the decision refitted on the merged engine: 66.3% / 92.6% / 91.3%.
  // 64.7% answered once M1's and M2's overlaps were out of data/.
  // 69.4% / 93.2% / 91.3% (issue 9, decide2: follow-ons, topic and source requests, who the asker asks for, names and
  // counts the entries give, counts in words, everyday words, training questions for thin coverage).
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): 69.2% / 93.2% / 93.7%.
  // Reached 93.2% -> 93.0% (one question) when the seven training strings N3 shared were taken out of data/ (2026-12-03).
  { file: 'heldout/fresh-J.jsonl', answerable: 0.69, reached: 0.925, declines: 0.93 },
  // Written and frozen at the start of the session of 2026-12-02 12:12 UTC by two helpers who read only the article and the
  // contract (K1: 475 messages as people write in a Discord server; K2: 450 messages by 30 personas), committed before any
  // engine ran on them and never read by the helpers who tuned that session's engine. First seen on the engine the session
  // began with (010d9d7): K1 83.3% / 94.3% / 91.2%, K2 66.4% / 93.7% / 95.5%; their 19 questions that stood in data/ by
  // coincidence then taken out of data/: K1 83.3% / 94.7% / 91.2%, K2 66.4% / 94.1% / 95.5%.
  // Kept blind until the session's work (typo, detail, speed, decide) was merged and the decision refitted without them:
  // first seen on that engine at K1 86.2% / 93.3% / 91.7%, K2 72.7% / 91.1% / 95.0%. More answered, fewer reached: some
  // questions the old engine declined with the right entry among the suggestions are now answered with a wrong one.
  // K1 85.8% / 92.9% / 92.7% once M1's and M2's overlaps were out of data/.
  // Choosing between close neighbours by what is asked (issue 9, rank; K1/K2 read): K1 86.5% / 94.0%, K2 72.0% / 91.1%.
  // K1 86.9% / 92.9% / 92.7%, K2 74.5% / 90.4% / 95.5% (issue 9, decide2; tuned on since).
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): K1 87.6% / 94.0% / 95.3%, K2 74.9% / 91.1% / 97.2%.
  { file: 'heldout/fresh-K1.jsonl', answerable: 0.87, reached: 0.935, declines: 0.95 },
  // K2 80.8% / 92.6% / 96.6% once "betyr" and "engelsk" became stop words (2026-12-04, second session): +7 answered, one
  // question asking for an English word ("Hva betyr ordet «fullblodshest» på engelsk?") now answered with the horses' entry.
  { file: 'heldout/fresh-K2.jsonl', answerable: 0.78, reached: 0.91, declines: 0.965 },
  // L's 24 coincidental overlaps taken out of data/ (end of the session of 2026-12-02 12:12): answered 96.6% -> 96.2%.
  // Declines 99.2% -> 97.7% (2 of 130 more answered) with the decision fitted on realistic messages (issue 9, decide),
  // which answers 2-5 points more of the realistic sets' answerable questions.
  // Written at the end of the session of 2026-12-02 12:12 UTC (522 messages) from the article and the contract only, and
  // scored once on the engine the session began with and once on its merged engine, both with L's 24 coincidental overlaps
  // still in data/: 82.5% / 94.5% / 89.3% and 85.8% / 94.5% / 91.4%. With them out of data/: 84.9% / 94.2% / 91.4%.
  // Taking them out lowered H, I, J, K2 and G by 0.2-1.1 points (floors set just under).
  // 84.6% / 93.8% / 90.9% once M1's and M2's overlaps were out of data/; reached 94.2% with close neighbours chosen by what is asked.
  // 86.5% / 94.2% / 91.4% (issue 9, decide2; tuned on since).
  // With the session of 2026-12-02 15:08's work merged (issue 9: rank, decide2, decline; tuned on this set): 86.5% / 94.5% / 95.4%.
  { file: 'heldout/fresh-L.jsonl', answerable: 0.86, reached: 0.94, declines: 0.95 },
  // M1 (489 messages as they arrive in a busy Discord server) and M2 (452 messages by 31 kinds of asker), written in the
  // session of 2026-12-02 15:08 UTC by helpers that read only the article and the contract, committed before any engine ran
  // on them, never read by the helpers who tuned that session's engine. First seen on the engine the session began with:
  // M1 87.0% / 97.9% / 92.9%, M2 72.5% / 93.9% / 91.9%; their 28 coincidental overlaps then taken out of data/: 86.3% /
  // 97.9% / 92.9% and 71.8% / 93.6% / 91.9%. First seen on the session's merged engine: M1 87.3% / 97.9% / 93.9%, M2 72.9% /
  // 93.6% / 91.9%.
  { file: 'heldout/fresh-M1.jsonl', answerable: 0.87, reached: 0.975, declines: 0.935 },
  { file: 'heldout/fresh-M2.jsonl', answerable: 0.725, reached: 0.935, declines: 0.915 },
  // N2 (458 messages, 60% Norwegian: dialects, Oslo slang, teachers, readers of the headline only, references to the
  // article's pictures) and N3 (438 messages by 40 kinds of asker), written in the session of 2026-12-03 by helpers that
  // read only the article and the contract, committed before any engine ran on them; their 3 and 7 coincidental overlaps
  // then taken out of data/. First seen on that session's engine when each was frozen: N2 65.4% / 88.2% / 96.7%, N3
  // 85.0% / 93.2% / 96.6% (on the engine the session began with: 65.7% / 88.6% / 96.7% and 84.6% / 92.8% / 96.6%).
  // N1 (480 messages by 58 kinds of asker, half Norwegian), by a third helper of that session, frozen the same way: first
  // seen at 82.6% / 94.4% / 94.3% on the session's engine at 07:42 (095e44d, its six shared strings out of data/); 82.0% /
  // 94.4% / 94.9% on the engine the session began with.
  { file: 'heldout/fresh-N1.jsonl', answerable: 0.82, reached: 0.94, declines: 0.955 },
  { file: 'heldout/fresh-N2.jsonl', answerable: 0.65, reached: 0.88, declines: 0.96 },
  { file: 'heldout/fresh-N3.jsonl', answerable: 0.84, reached: 0.925, declines: 0.965 },
  // O1 (440 messages from a busy Discord server, 52 kinds of asker) and O3 (440 messages checking what people heard,
  // speakers of English from many countries and of Norwegian), written in the session of 2026-12-03 (second) by helpers
  // that read only the article and the contract, committed before any engine ran on them; their 5 and 6 coincidental
  // overlaps then taken out of data/. First seen on that session's engine when each was frozen: O1 86.3% / 97.3% / 95.2%
  // (b79cbb0), O3 79.5% / 95.6% / 91.2% (20ab6aa, the engine the session began with; O1 on it: 86.0% / 97.3% / 93.9%).
  { file: 'heldout/fresh-O1.jsonl', answerable: 0.865, reached: 0.97, declines: 0.96 },
  { file: 'heldout/fresh-O3.jsonl', answerable: 0.8, reached: 0.96, declines: 0.94 },
  // O2 (440 messages, 70% Norwegian: dialects, Nynorsk, missing æøå, pupils, pensioners, expats), by a third helper of
  // that session, frozen the same way: first seen at 88.3% / 96.6% / 93.3%, language 97.7% (62e000e; the same on the
  // engine the session began with); its 11 shared strings then taken out of data/ (87.6% answered). Its language misses
  // are mostly noise ("???", "hmm") labelled Norwegian: such messages fall back to English, as most sets expect (108 of 154).
  { file: 'heldout/fresh-O2.jsonl', answerable: 0.87, reached: 0.96, declines: 0.93, language: 0.97 },
  // Q2 (120 messages: pupils and teachers, rumour forwarders, sceptics, summary and attribution seekers, missing details),
  // written in the session of 2026-12-04 by a helper that read only the article and the contract, committed before any
  // engine ran on it (de93ebb). First seen: 88.0% / 98.7% / 91.1% on that commit's engine, 88.0% / 98.7% / 93.3% on the
  // engine the session began with (99145f9). Its 5 coincidental overlaps then taken out of data/ (and one training
  // question of our own wording put in for the denial's month, which one of them had carried): the same scores.
  { file: 'heldout/fresh-Q2.jsonl', answerable: 0.86, reached: 0.97, declines: 0.88 },
  // Q1 (120: a Discord server chatting, half-remembered story, questions next to it) and Q4 (130: Norwegian as spoken
  // across the country, Nynorsk, no æøå, Swedes and Danes, English learners), by two more helpers of that session, frozen
  // together before any engine ran on them (bb3d67a). First seen on that commit's engine: Q1 80.3% / 98.7% / 95.5%, Q4
  // 86.7% / 98.8% / 91.5%; on the session's first engine (99145f9): Q1 78.9% / 98.7% / 95.5%, Q4 88.0% / 98.8% / 91.5%.
  // Their 3 coincidental overlaps then taken out of data/ (an article-about and a thanks training text, an out-of-scope text).
  { file: 'heldout/fresh-Q1.jsonl', answerable: 0.78, reached: 0.97, declines: 0.93 },
  { file: 'heldout/fresh-Q4.jsonl', answerable: 0.85, reached: 0.97, declines: 0.89 },
  // Q3 (130: phone typists, voice dictation, mixed languages, two questions in one, quoted lines, elderly askers), frozen
  // (fa6c3be) after every change of the session: first seen 84.1% / 96.3% / 91.7% on that engine, the same on the
  // session's first engine (99145f9).
  { file: 'heldout/fresh-Q3.jsonl', answerable: 0.82, reached: 0.95, declines: 0.89 },
  // Q5 (130: a fact-checkers' desk, Discord thread replies, wrong premises, requests the article cannot meet), frozen
  // after the session's last change (2954d5f): first seen 78.0% / 93.9% / 97.9%; 78.0% / 95.1% / 97.9% on the session's
  // first engine ("thx, that helped a lot" lost its thanks with Q4's "thx a lot" taken out of data/); its one coincidental
  // overlap then taken out of data/ (an out-of-scope text), as was Q6's one (a friendship-bridge training question).
  { file: 'heldout/fresh-Q5.jsonl', answerable: 0.76, reached: 0.92, declines: 0.95 },
  // Q6 (130: Norwegians of all ages and dialects, no æøå, a few words, yes/no checks, English speakers mixing in
  // Norwegian), frozen after the session's last engine change (28b4bde): first seen 84.1% / 95.1% / 93.8%, language
  // 99.2%; 85.4% / 97.6% / 93.8% on the session's first engine (the same thanks, and "på russisk side" read as a word
  // asked for in Russian: both mended after, see the commit that follows).
  { file: 'heldout/fresh-Q6.jsonl', answerable: 0.82, reached: 0.93, declines: 0.91, language: 0.98 },
  // R1 (120: keywords and commands instead of questions, beliefs put to be checked, yes/no and true-or-false checks) and
  // R2 (120: second-language English and Norwegian, learners' Bokmål, pasted sentences to explain, other wars), written in
  // the session of 2026-12-04 (second) by helpers that read only the article and the contract, each committed before any
  // engine ran on it (73fb77c, f20f1a9). First seen on the engine the session began with (86062c7): R1 85.7% / 96.4% /
  // 94.4%, R2 87.5% / 96.3% / 95.0%, language 97.5% (an English asker's pasted Norwegian line decided the language; mended
  // right after).
  { file: 'heldout/fresh-R1.jsonl', answerable: 0.83, reached: 0.95, declines: 0.92 },
  { file: 'heldout/fresh-R2.jsonl', answerable: 0.85, reached: 0.95, declines: 0.93 },
  // R3 (120: comment-section and older Norwegian readers, Nynorsk, dialects, why and how-do-they-know questions), R4 (120:
  // young Discord users, quoted replies, follow-ups without context, comparisons), R5 (120: source and attribution seekers,
  // summaries, misremembered figures) and R6 (120: very short messages, several questions in one, dialects, Swedes and
  // Danes): written by helpers of that session from the article and the contract only, committed unscored (7e60305,
  // 73fb77c, e6f8841, 1856b26) and first run on the session's final engine (5139a4d): R3 83.3% / 95.2% / 94.4%, R4 89.0% /
  // 98.8% / 100%, R5 86.3% / 96.3% / 87.5%, R6 90.2% / 97.6% / 92.1%; on the engine the session began with (86062c7):
  // 82.1% / 94.0% / 94.4%, 87.8% / 97.6% / 100%, 85.0% / 93.8% / 87.5%, 89.0% / 98.8% / 89.5%.
  { file: 'heldout/fresh-R3.jsonl', answerable: 0.81, reached: 0.93, declines: 0.91 },
  { file: 'heldout/fresh-R4.jsonl', answerable: 0.87, reached: 0.97, declines: 0.97 },
  { file: 'heldout/fresh-R5.jsonl', answerable: 0.84, reached: 0.94, declines: 0.85 },
  { file: 'heldout/fresh-R6.jsonl', answerable: 0.88, reached: 0.95, declines: 0.89 },
  // S1 (120: dictated messages, times and figures in the asker's own forms, ALL CAPS) and S2 (120: negated and loaded
  // questions, what was not seen, conspiracy-minded and hostile askers, bot testers), written in the session of 2026-12-04
  // (third) by helpers that read only the article and the contract, committed before any run (22ada11). First seen on
  // the engine the session began with (13421c8): S1 93.0% / 100% / 91.2%, S2 85.2% / 95.1% / 94.9%.
  { file: 'heldout/fresh-S1.jsonl', answerable: 0.9, reached: 0.98, declines: 0.88 },
  { file: 'heldout/fresh-S2.jsonl', answerable: 0.82, reached: 0.93, declines: 0.92 },
  // T1 (120: people and organisations, figures in the asker's own units, lists and overviews) and T2 (120: askers pushing
  // back on an earlier answer, long messages, emoji, Swedes and Danes), written in the same session by helpers that read
  // only the article and the contract, committed before any run (2b7ca0d). First seen on the engine of that commit (after
  // the session's first 16 fixes): T1 86.7% / 95.2% / 97.3%, T2 78.6% / 91.7% / 94.4%, language 98.3%; the same, question
  // for question, on the engine the session began with (13421c8).
  { file: 'heldout/fresh-T1.jsonl', answerable: 0.84, reached: 0.93, declines: 0.95 },
  { file: 'heldout/fresh-T2.jsonl', answerable: 0.76, reached: 0.89, declines: 0.91, language: 0.97 },
  // S3 (120: formal e-mails, children, students wanting quotes and sources, what a word of the article means), S4 (120:
  // follow-ups and corrections of an exchange not shown, geography and history buffs), S5 (120: Bergensk, Sunnmørsk,
  // Stavangersk, Sørlandsk, Østerdal dialects, Nynorsk, Norwegian and English in one message) and S6 (120: order, time and
  // comparison, how sure and how well documented, who is behind each statement): written at the start of the session of
  // 2026-12-04 (third) by helpers from the article and the contract only, committed unscored (22ada11) and first run on
  // the session's final engine (fe5807e): S3 77.9% / 94.2% / 91.2%, S4 84.3% / 98.8% / 94.6%, S5 89.5% / 98.8% / 97.1%,
  // S6 89.0% / 98.8% / 86.8%; on the engine the session began with (13421c8): 77.9% / 94.2% / 88.2%, 84.3% / 98.8% /
  // 91.9%, 89.5% / 98.8% / 97.1%, 87.8% / 98.8% / 86.8%.
  { file: 'heldout/fresh-S3.jsonl', answerable: 0.75, reached: 0.92, declines: 0.88 },
  { file: 'heldout/fresh-S4.jsonl', answerable: 0.82, reached: 0.97, declines: 0.91 },
  { file: 'heldout/fresh-S5.jsonl', answerable: 0.87, reached: 0.97, declines: 0.94 },
  { file: 'heldout/fresh-S6.jsonl', answerable: 0.86, reached: 0.97, declines: 0.84 },
  // U1 (120: typing fast on a phone, autocorrect, words run together) and U3 (120: things heard elsewhere put to be
  // checked, some garbled; indirect questions), written at the start of the session of 2026-12-04 (fourth) by helpers
  // from the article and the contract only, committed before any run (e4b67bc), first seen on the engine the session
  // began with (4056e46): U1 88.8% / 98.8% / 97.5%, U3 80.2% / 97.7% / 94.1%; then tuned on.
  { file: 'heldout/fresh-U1.jsonl', answerable: 0.87, reached: 0.96, declines: 0.95 },
  { file: 'heldout/fresh-U3.jsonl', answerable: 0.78, reached: 0.95, declines: 0.91 },
  // U2 (120: journalism students and fact-checkers on the article's sourcing), U4 (120: Northern Norwegian and Trøndersk
  // dialects, Oslo street language, non-native English), U5 (120: several questions in one message, simple words,
  // summaries, comparisons, what a name means) and U6 (120: polite older askers, beliefs put as questions, yes/no questions
  // whose answer is no, Nynorsk): written in the same session by helpers from the article and the contract only,
  // committed unscored (e4b67bc, 3e4dd7c, 5003dd0) and first run on the session's final engine (9c715f9): U2 83.7% /
  // 97.7% / 91.2%, U4 86.3% / 98.8% / 95.0%, U5 90.1% / 98.8% / 100%, U6 84.1% / 93.9% / 97.4%; the same, question for
  // question, on the engine the session began with (4056e46).
  { file: 'heldout/fresh-U2.jsonl', answerable: 0.8, reached: 0.95, declines: 0.88 },
  { file: 'heldout/fresh-U4.jsonl', answerable: 0.83, reached: 0.96, declines: 0.92 },
  { file: 'heldout/fresh-U5.jsonl', answerable: 0.87, reached: 0.96, declines: 0.97 },
  { file: 'heldout/fresh-U6.jsonl', answerable: 0.81, reached: 0.91, declines: 0.94 },
  // V1-V8 (120 each; 2026-12-04, ninth session): written by helpers from the article and the contract only, each committed
  // before anything ran on it. V1 (machine-translated English, immigrants' Norwegian), V4 (time-anchored questions,
  // arithmetic), V7 (misspelt names, people mixed up) and V8 (commands and reply formats) were scored when frozen and tuned
  // on: first seen 82.5% / 96.3% / 90.0%, 81.0% / 100% / 86.1%, 92.5% / 100% / 90.0%, 71.3% / 91.3% / 92.5%. V2 (English
  // from many places), V3 (Twitter/Reddit/Facebook styles), V5 (markdown, lists, quotes, forwards) and V6 (things
  // described instead of named; Nynorsk) stayed unscored until the session's engine was final (1ce2e1e): V2 82.8% / 97.7%
  // / 100%, V3 92.0% / 98.9% / 93.9%, V5 93.8% / 96.3% / 82.5%, V6 81.9% / 97.6% / 91.9%, the same on the engine the
  // session began with (f7bef66). Three coincidental overlaps with data/ were then taken out (no answer changed).
  { file: 'heldout/fresh-V1.jsonl', answerable: 0.87, reached: 0.97, declines: 0.91 },
  { file: 'heldout/fresh-V2.jsonl', answerable: 0.81, reached: 0.96, declines: 0.98 },
  { file: 'heldout/fresh-V3.jsonl', answerable: 0.9, reached: 0.97, declines: 0.92 },
  { file: 'heldout/fresh-V4.jsonl', answerable: 0.82, reached: 0.98, declines: 0.9 },
  { file: 'heldout/fresh-V5.jsonl', answerable: 0.92, reached: 0.95, declines: 0.81 },
  { file: 'heldout/fresh-V6.jsonl', answerable: 0.8, reached: 0.96, declines: 0.9 },
  { file: 'heldout/fresh-V7.jsonl', answerable: 0.92, reached: 0.98, declines: 0.88 },
  { file: 'heldout/fresh-V8.jsonl', answerable: 0.83, reached: 0.91, declines: 0.93 },
  // W1-W8 and X1-X4 (120 each; 2026-12-04, eleventh session): written by helpers from the article and the contract only,
  // each committed before anything ran on it. W5 (learners whose first language is Russian, Korean, Arabic …), W8
  // (fragments and follow-ups), W4 (weighing the sides) and W3 (pasted sentences) were scored when frozen and tuned on:
  // first seen 90.0% / 96.3% / 97.5%, 85.9% / 97.6% / 82.9%, 86.7% / 98.8% / 91.9%, 93.1% / 98.9% / 93.9%. W1 (what words
  // mean), W2 (enthusiasts' jargon), W6 (rude and trolling askers), W7 (outside knowledge, wrong assumptions), X1 (times in
  // everyday words), X2 (the pictures and captions), X3 (bot testers, prompt injection) and X4 (speculation) stayed
  // unscored until the session's engine was final (1addf1c): 86.7% / 95.2% / 86.5%, 84.3% / 98.8% / 94.6%, 80.0% / 97.6% /
  // 97.1%, 90.0% / 98.8% / 92.5%, 89.0% / 98.8% / 94.7%, 81.3% / 91.3% / 92.5%, 75.0% / 81.0% / 91.7%, 79.5% / 97.6% /
  // 89.2%, the same answers on the engine the session began with (f51ec1a). X3 was tuned on after (questions beside an
  // instruction to the bot), and nine coincidental overlaps with data/ were taken out.
  { file: 'heldout/fresh-W1.jsonl', answerable: 0.85, reached: 0.93, declines: 0.85 },
  { file: 'heldout/fresh-W2.jsonl', answerable: 0.82, reached: 0.97, declines: 0.93 },
  { file: 'heldout/fresh-W3.jsonl', answerable: 0.96, reached: 0.97, declines: 0.95 },
  { file: 'heldout/fresh-W4.jsonl', answerable: 0.87, reached: 0.97, declines: 0.93 },
  { file: 'heldout/fresh-W5.jsonl', answerable: 0.88, reached: 0.94, declines: 0.98 },
  { file: 'heldout/fresh-W6.jsonl', answerable: 0.78, reached: 0.96, declines: 0.95 },
  { file: 'heldout/fresh-W7.jsonl', answerable: 0.88, reached: 0.97, declines: 0.91 },
  // W8 at 0.82: taking out a training question that stood word for word in AY1 (frozen 2026-12-06) cost it one fragment.
  // Declines lowered a question since "what number is the UN resolution", found word for word in the new set CD4, was taken
  // out of data/'s out-of-scope examples (the entry answering says the article does not name the resolution).
  { file: 'heldout/fresh-W8.jsonl', answerable: 0.82, reached: 0.96, declines: 0.85 },
  { file: 'heldout/fresh-X1.jsonl', answerable: 0.87, reached: 0.97, declines: 0.93 },
  { file: 'heldout/fresh-X2.jsonl', answerable: 0.79, reached: 0.89, declines: 0.91 },
  { file: 'heldout/fresh-X3.jsonl', answerable: 0.8, reached: 0.86, declines: 0.9 },
  { file: 'heldout/fresh-X4.jsonl', answerable: 0.78, reached: 0.96, declines: 0.87 },
  // Y1, Y5, Y4 and Y6 (120 each, twelfth session, 2026-12-04 evening), frozen before any result: Y1 (Norwegian and English
  // mixed in one message) first seen 78.6% / 97.6% / 91.7%, language 85.8%, then 92.5% once a mixed message is answered in
  // the language of its question (its own floor: the helper labelled some mixed messages by their other half); Y5 (quiz
  // items: multiple choice, true or false, fill in the blank) 85.7% / 90.5% / 94.4%; both tuned on after. Y4 (why and
  // how) 80.0% / 92.5% / 82.5% and Y6 (asked for someone else, indirect speech) 68.7% / 90.4% / 100% first seen on the
  // session's final engine (ded4ece; the same answers on the one it began with), Y6 tuned on after.
  { file: 'heldout/fresh-Y1.jsonl', answerable: 0.77, reached: 0.96, declines: 0.92, language: 0.91 },
  { file: 'heldout/fresh-Y4.jsonl', answerable: 0.78, reached: 0.91, declines: 0.81 },
  { file: 'heldout/fresh-Y5.jsonl', answerable: 0.86, reached: 0.93, declines: 0.95 },
  { file: 'heldout/fresh-Y6.jsonl', answerable: 0.68, reached: 0.88, declines: 0.98 },
  // Y8 (120, the same kind as Y6, written by another helper), frozen before any result and first seen on the final engine
  // (77c18f0): 85.4% / 97.6% / 97.4%; 81.7% answered on the engine the session began with (the asker's people asking
  // through them, a fix made on Y6, answered three more).
  { file: 'heldout/fresh-Y8.jsonl', answerable: 0.83, reached: 0.96, declines: 0.95 },
  // Y3 (120: statements put to be confirmed or corrected, half of them wrong), frozen before any result and first seen on
  // the final engine: 87.7% / 97.5% / 92.3%, the same answers as on the engine the session began with.
  { file: 'heldout/fresh-Y3.jsonl', answerable: 0.86, reached: 0.96, declines: 0.9 },
  // Y2 and Y9 (120 each: dyslexic and by-ear spelling) and Y7 (120: statements to confirm or correct), frozen before any
  // result and first seen on the final engine (the same answers as the first): 84.7% / 97.6% / 94.3%, 85.2% / 96.6% /
  // 87.5% and 80.2% / 97.7% / 100%.
  { file: 'heldout/fresh-Y2.jsonl', answerable: 0.83, reached: 0.96, declines: 0.92 },
  { file: 'heldout/fresh-Y7.jsonl', answerable: 0.78, reached: 0.96, declines: 0.98 },
  { file: 'heldout/fresh-Y9.jsonl', answerable: 0.83, reached: 0.95, declines: 0.86 },
  // Z1-Z12 (120 each, thirteenth session, 2026-12-04 night), each frozen before any result. Z2 (children aged 8-12) and Z3
  // (yes/no questions only) first seen on the engine the session began with (c8da658): 79.0% / 93.8% / 82.1% and 92.1% /
  // 98.9% / 83.9%, tuned on after. Z1 (written Nynorsk), Z4 (essay writers: who says it), Z5 (numbers), Z6 (Discord
  // arguments), Z7 (geography) and Z8 (long messages around one question) first seen on aa3eaa5: 95.2% / 98.8% / 97.2%,
  // 82.1% / 94.0% / 97.2%, 90.7% / 97.7% / 85.3%, 80.2% / 93.8% / 94.9%, 87.7% / 97.5% / 89.7%, 81.2% / 90.6% / 82.9%
  // (on c8da658: the same for Z1 and Z5, one fewer answered on Z4, Z6, Z7, Z8, 80.0% declined on Z8). Z9 (a wrong premise),
  // Z10 (what is not known), Z11 (a number or name from the story: what is it) and Z12 (run-on messages) first seen on the
  // final engine (ee3b0c4), as they stand here; on c8da658 one fewer declined on Z10 and on Z12.
  { file: 'heldout/fresh-Z1.jsonl', answerable: 0.93, reached: 0.97, declines: 0.95 },
  { file: 'heldout/fresh-Z2.jsonl', answerable: 0.77, reached: 0.93, declines: 0.83 },
  { file: 'heldout/fresh-Z3.jsonl', answerable: 0.9, reached: 0.97, declines: 0.85 },
  { file: 'heldout/fresh-Z4.jsonl', answerable: 0.81, reached: 0.93, declines: 0.95 },
  // Z5 answerable 0.88 since 2026-12-07: "what was inside those 3 train cars at 10:24" is asked as contents, which the
  // picture it names does not give (declined with the picture offered; the set accepts the cargo's entry or the picture).
  { file: 'heldout/fresh-Z5.jsonl', answerable: 0.88, reached: 0.96, declines: 0.83 },
  { file: 'heldout/fresh-Z6.jsonl', answerable: 0.78, reached: 0.92, declines: 0.93 },
  { file: 'heldout/fresh-Z7.jsonl', answerable: 0.86, reached: 0.96, declines: 0.88 },
  { file: 'heldout/fresh-Z8.jsonl', answerable: 0.8, reached: 0.9, declines: 0.81 },
  { file: 'heldout/fresh-Z9.jsonl', answerable: 0.65, reached: 0.98, declines: 0.95 },
  { file: 'heldout/fresh-Z10.jsonl', answerable: 0.8, reached: 0.92, declines: 0.92 },
  { file: 'heldout/fresh-Z11.jsonl', answerable: 0.84, reached: 0.97, declines: 0.86 },
  { file: 'heldout/fresh-Z12.jsonl', answerable: 0.86, reached: 0.96, declines: 0.9 },
  // AA2-AA7, AB1, AB3 (120 each, fourteenth session, 2026-12-05 night), each frozen before any result. AA2 (Norwegians
  // mixing Norwegian and English in one message) first seen on the engine the session began with (c096614): 86.4% / 96.3% /
  // 92.3%, language 82.5% (labelled by the language most of the message is in; tuned on: a sentence switching languages
  // is answered in its opening clause's, 86.7%: a half-and-half message has no right language, hence its own floor).
  // AA3 (people writing a language they are learning) first seen on c096614 and on the session's engine three fixes
  // later: 89.7% / 97.4% / 90.5%, tuned on after. AA4 (sceptics), AA7 (follow-ups leaning on pronouns), AB1 (search-style
  // keywords) and AB3 (negative questions) first seen on the final engine (07032b8), as they stand here; on c096614 the
  // same answers (AA4 reached one point lower). AB1's language floor is its own: a query of names alone ("kim
  // putin brev") has none to tell.
  { file: 'heldout/fresh-AA2.jsonl', answerable: 0.84, reached: 0.94, declines: 0.9, language: 0.85 },
  { file: 'heldout/fresh-AA3.jsonl', answerable: 0.89, reached: 0.95, declines: 0.89 },
  { file: 'heldout/fresh-AA4.jsonl', answerable: 0.83, reached: 0.94, declines: 0.88 },
  { file: 'heldout/fresh-AA7.jsonl', answerable: 0.79, reached: 0.92, declines: 0.81 },
  { file: 'heldout/fresh-AB1.jsonl', answerable: 0.94, reached: 0.98, declines: 0.91, language: 0.97 },
  { file: 'heldout/fresh-AB3.jsonl', answerable: 0.8, reached: 0.92, declines: 0.85 },
  // AA5 (120: comparisons and relations between two things in the story), frozen before any result and first seen on the
  // final engine (07032b8) after the sets above were added: 77.2% / 98.7% / 78.0%, the same on c096614.
  { file: 'heldout/fresh-AA5.jsonl', answerable: 0.75, reached: 0.97, declines: 0.76 },
  // AB4 (120: worried and upset people), frozen before any result and first seen on the engine the fifteenth session began
  // with (c0ac307): 82.7% / 92.6% / 97.4%; tuned on after (a clause asking for help beside a worry, "of course").
  { file: 'heldout/fresh-AB4.jsonl', answerable: 0.83, reached: 0.92, declines: 0.95 },
  // AC1-AC8 (AC7 was never written), frozen before any result and first seen on the engine the sixteenth session began
  // with (fefbe5f, the fifteenth's final engine), answered / reached / declined; tuned on after (letters, ordinals in
  // digits, misspelled speakers, a length's thing before the word, a speaker's own claim). AC6 (60 very short messages)
  // is merged into AC5 and AC8 (60 on sources) into AC3, to make sets worth gating on (AC6's 10 questions that AC5 also
  // holds dropped); their 11 questions that stood word for word in data/ ("14:29", "hva sa kirby?") taken out of data/.
  // AC1 (120, formal and older writers, letters with salutations and sign-offs): 66.7% / 85.2% / 97.4%.
  // AC2 (120, time and order: when, before, after, how long between): 72.5% / 97.5% / 85.0%.
  // AC3 (180, sources and method: who says it, how it is known): 83.5% / 97.5% / 91.5%.
  // AC4 (120, misremembered names and numbers): 81.3% / 93.8% / 97.5%.
  // AC5 (170, very short messages, one to four words): 84.2% / 96.5% / 96.4%; language 96.5% now (its own floor: "14:29",
  // "kirby?" and "nk denied?" have no language of their own).
  { file: 'heldout/fresh-AC1.jsonl', answerable: 0.73, reached: 0.89, declines: 0.95 },
  { file: 'heldout/fresh-AC2.jsonl', answerable: 0.71, reached: 0.96, declines: 0.83 },
  { file: 'heldout/fresh-AC3.jsonl', answerable: 0.82, reached: 0.96, declines: 0.9 },
  { file: 'heldout/fresh-AC4.jsonl', answerable: 0.83, reached: 0.93, declines: 0.96 },
  { file: 'heldout/fresh-AC5.jsonl', answerable: 0.83, reached: 0.95, declines: 0.96, language: 0.95 },
  // AD1-AD4 (100 each), frozen before any result; AD1-AD3 first seen on the sixteenth session's final engine (925d9e5),
  // AD4 on the same engine (d7db054), answered / reached / declined; tuned on in the seventeenth session (guesses after a
  // question, "how many metres is the bridge", spoken question words, who someone works for, an age at a time, whether
  // the train held something, a year asked about). AD3 is merged into AD1 and AD4 into AD2 to make sets worth gating on.
  // AD1 (200: claims from social media put to be checked 79.1% / 94.0% / 84.8%; long messages with backstory 88.1% /
  // 94.0% / 90.9%). AD2 (200: Nynorsk and dialect 88.2% / 98.5% / 96.9%; English as a second language 79.1% / 97.0% /
  // 84.8%); language 98.5% (its own floor: "asdfg jjj" and "lol 😂😂" are labelled Norwegian, "hei! good morning" English).
  { file: 'heldout/fresh-AD1.jsonl', answerable: 0.85, reached: 0.94, declines: 0.86 },
  { file: 'heldout/fresh-AD2.jsonl', answerable: 0.84, reached: 0.96, declines: 0.9, language: 0.975 },
  // AE1-AE4 (100 each) and AF1 (80), frozen before any result, first seen on the seventeenth session's engine (473092f),
  // answered / reached / declined; tuned on in the eighteenth (a greeting with a remark about the asker, a request for
  // help with the story). AF1 (the same kind as AE1) is merged into AE1, AE3 and AE4 into AE2, questions two sets shared
  // kept once. AE1 (178: pupils and students with an assignment, AE1 85.1% / 91.0% / 93.9%, AF1 90.7% / 92.6% / 92.3%).
  // AE2 (299: dictated by voice 91.0% / 97.0% / 93.9%; quoting the story 91.0% / 98.5% / 84.8%; yes/no with a twist
  // 81.8% / 95.5% / 67.6%).
  { file: 'heldout/fresh-AE1.jsonl', answerable: 0.86, reached: 0.91, declines: 0.91 },
  { file: 'heldout/fresh-AE2.jsonl', answerable: 0.86, reached: 0.96, declines: 0.81 },
  // AG1-AG4 (100 each), frozen before any result, first seen in the eighteenth session (on the engine of 63fa1a8, and the
  // same on the session's first, ebd7f51), tuned on after: AG2 merged into AG1 and AG4 into AG3. AG1 (200: requests and
  // commands instead of questions 91.0% / 97.0% / 87.9%; typed fast on a phone 91.0% / 100% / 90.9%). AG3 (200:
  // journalists and fact-checkers verifying the story 76.1% / 95.5% / 84.8%; teenagers in a gaming server 86.8% / 92.6% /
  // 93.8%).
  { file: 'heldout/fresh-AG1.jsonl', answerable: 0.91, reached: 0.97, declines: 0.9 },
  { file: 'heldout/fresh-AG3.jsonl', answerable: 0.84, reached: 0.94, declines: 0.87 },
  // AH1-AH4 (100 each), frozen before any result, first seen in the eighteenth session (on the engine of a715ea5, and the
  // same on the session's first, ebd7f51), tuned on after: AH2 merged into AH1 and AH4 into AH3. AH1 (200: read only a
  // headline 79.1% / 92.5% / 97.0%; what terms mean and how things work 88.1% / 100% / 81.8%). AH3 (200: numbers
  // compared and computed 58.2% / 95.5% / 87.9%; Bokmål as chatted 89.6% / 98.5% / 93.9%).
  { file: 'heldout/fresh-AH1.jsonl', answerable: 0.83, reached: 0.94, declines: 0.87 },
  { file: 'heldout/fresh-AH3.jsonl', answerable: 0.73, reached: 0.95, declines: 0.9 },
  // AI1-AI4, AJ1-AJ4, AK1-AK4 (100 each), frozen before any result, first seen in the nineteenth session and tuned on
  // after; the second of each pair merged into the first. First seen (answered / reached / declined): AI on the engine of
  // 6b0722c, AJ on ef8beaa, AK on 52e4591 (each the same on the session's first engine, 6fc0530, but one AK1 decline).
  // AI1 (200: compound and multi-part messages 86.6% / 95.5% / 90.9%; instructions on the answer's form and attempts to
  // trick the bot 84.6% / 93.8% / 91.4%). AI3 (200: the people, organisations and places 80.6% / 95.5% / 93.9%; why and
  // so-what questions 58.3% / 88.3% / 62.5%). AJ1 (200: Discord arguments that pull the bot in 89.2% / 98.5% / 94.3%;
  // other names for countries, people and organisations 83.6% / 95.5% / 93.9%). AJ3 (200: children aged 9-12 70.8% /
  // 89.2% / 80.0%; careful readers asking exact details 83.3% / 96.7% / 95.0%). AK1 (200: long rambling messages 78.5% /
  // 84.6% / 74.3%; a number, time or name seen in the story 84.6% / 95.4% / 94.3%). AK3 (200: trust and provenance
  // 84.6% / 98.5% / 94.3%; formal Nynorsk and conservative Bokmål 81.5% / 95.4% / 85.7%).
  // AI1's own language floor: its helper labelled "Svar på engelsk: hva sa Kirby …" by the words' language (nb); since the
  // twenty-second session an answer asked for in a language comes in it (answer-language-request.ts), 98.5% -> 98.0%.
  { file: 'heldout/fresh-AI1.jsonl', answerable: 0.86, reached: 0.93, declines: 0.89, language: 0.975 },
  { file: 'heldout/fresh-AI3.jsonl', answerable: 0.67, reached: 0.89, declines: 0.77 },
  { file: 'heldout/fresh-AJ1.jsonl', answerable: 0.86, reached: 0.95, declines: 0.92 },
  { file: 'heldout/fresh-AJ3.jsonl', answerable: 0.74, reached: 0.91, declines: 0.86 },
  { file: 'heldout/fresh-AK1.jsonl', answerable: 0.78, reached: 0.89, declines: 0.88 },
  { file: 'heldout/fresh-AK3.jsonl', answerable: 0.83, reached: 0.95, declines: 0.88 },
  // AL1-AL4 (100 each), frozen before any result, first seen at the end of the nineteenth session on its final engine
  // (14309a5; the session's first engine, 6fc0530, answered one question fewer), tuned on after (three fixes). AL1 (200: the story's wider
  // context 86.7% / 95.0% / 85.0%; machine-translated English 83.6% / 94.0% / 93.9%). AL3 (200: statements to check, some
  // with one detail wrong 84.3% / 94.3% / 80.0%; the bot addressed as a person 84.6% / 93.8% / 91.4%).
  { file: 'heldout/fresh-AL1.jsonl', answerable: 0.83, reached: 0.92, declines: 0.87 },
  { file: 'heldout/fresh-AL3.jsonl', answerable: 0.82, reached: 0.92, declines: 0.84 },
  // AM1-AM4 (100 each), frozen before any result, first seen at the start of the twentieth session (25e2a94, the
  // nineteenth session's final engine): AM1 (200: an ordinary Norwegian Discord server on the day of the story 91.4% /
  // 97.1% / 96.7%; askers who know what came after November 2022 90.9% / 94.5% / 91.1%), AM3 (200: the satellite pictures
  // as evidence 75.7% / 94.3% / 90.0%; first-time users trying the bot in a DM 86.4% / 89.4% / 91.2%). Tuned on after:
  // 92.0% / 96.0% / 94.7% and 85.3% / 94.1% / 90.6% on c55a1da.
  { file: 'heldout/fresh-AM1.jsonl', answerable: 0.9, reached: 0.94, declines: 0.92 },
  { file: 'heldout/fresh-AM3.jsonl', answerable: 0.83, reached: 0.92, declines: 0.88 },
  // AN1-AN4 (100 each), frozen before any result, first seen at the end of the twentieth session on its final engine
  // (37d851c) and identical on its first (c4b1a7d), not tuned on: AN1 (200: dyslexic and phonetic spelling 78.9% / 95.8% /
  // 93.1%; lists and enumerations 46.2% / 76.9% / 77.1%, a question spanning several entries), AN3 (200: what another
  // outlet said, put to be checked 83.3% / 88.3% / 92.5%; an international English-language server 90.0% / 94.3% / 90.0%).
  { file: 'heldout/fresh-AN1.jsonl', answerable: 0.61, reached: 0.84, declines: 0.82 },
  { file: 'heldout/fresh-AN3.jsonl', answerable: 0.84, reached: 0.89, declines: 0.89 },
  // AO1-AO4 (100 each), frozen before any result, first seen at the start of the twenty-first session (6048999, the
  // twentieth session's final engine, with the two training questions AO1 and AO4 held word for word taken out of data/):
  // AO1 (200: secondary-school pupils doing homework 97.1% / 98.5% / 93.8%; sceptics' loaded questions 88.2% / 97.1% /
  // 100%), AO3 (200: journalists checking sourcing 83.8% / 94.1% / 93.8%; code-switching and dictation 94.1% / 98.5% /
  // 96.9%). Tuned on after: 93.4% / 98.5% / 96.9% and 92.6% / 99.3% / 95.3% on 94eca99.
  { file: 'heldout/fresh-AO1.jsonl', answerable: 0.92, reached: 0.97, declines: 0.95 },
  { file: 'heldout/fresh-AO3.jsonl', answerable: 0.91, reached: 0.98, declines: 0.93 },
  // AP1-AP4 (100 each), frozen before any result (AP2's one training question held word for word then taken out of
  // data/), first seen on the twenty-first session's final engine (66edcfb) and identical on its first (f372e2a), not
  // tuned on before: AP1 (200: adult learners of Norwegian 94.1% / 97.1% / 93.8%; search-engine keyword queries 95.6% /
  // 100% / 96.9%), AP3 (200: yes/no checks of one detail 94.1% / 100% / 78.1%; older Nynorsk and dialect writers 89.7% /
  // 94.1% / 93.8%). Two greetings of AP4 answered since (e29b136). Language 98.5% -> 98.0% when the training question
  // "kim jong un og hester hva er greia" left data/ (DF2 held it): "kim jong-un hester" is read as English, its name's
  // words leaning English in the training texts left.
  { file: 'heldout/fresh-AP1.jsonl', answerable: 0.93, reached: 0.97, declines: 0.94, language: 0.98 },
  { file: 'heldout/fresh-AP3.jsonl', answerable: 0.92, reached: 0.97, declines: 0.84 },
  // AQ1-AQ2 (100 each), frozen before any result, first seen at the end of the twenty-first session on its final engine
  // (3f50ca8) and identical on its first (f372e2a), not tuned on: AQ1 (pushback on and corrections of what the bot said
  // 72.1% / 92.6% / 81.3%), AQ2 (parents explaining the story to a child 88.2% / 97.1% / 90.6%).
  { file: 'heldout/fresh-AQ1.jsonl', answerable: 0.79, reached: 0.94, declines: 0.85 },
  // AQ3-AQ4 (100 each), frozen before any result (AQ4's one training question held word for word then taken out of
  // data/), first seen on the twenty-first session's final engine (3f50ca8; AQ4 on e7e6452, the same engine) and identical
  // on its first (f372e2a), not tuned on: AQ3 (military, railway and OSINT enthusiasts 85.3% / 97.1% / 90.6%), AQ4 (how
  // the bot and the article know, and whether the sources can be trusted 97.1% / 97.1% / 93.8%).
  { file: 'heldout/fresh-AQ3.jsonl', answerable: 0.9, reached: 0.96, declines: 0.9 },
  // AR1-AR4 (100 each), frozen before any result (four training strings that stood in AR2 and AR4 word for word taken out
  // of data/ first), first seen at the start of the twenty-second session on the twenty-first session's final engine
  // (9604687): AR1 (teachers checking a quiz 95.6% / 98.5% / 93.8%), AR2 (Swedes and Danes in their own language 79.4% /
  // 92.6% / 90.6%), AR3 (history buffs 92.6% / 98.5% / 87.5%), AR4 (the article's Norwegian words asked about 83.8% /
  // 97.1% / 90.6%); tuned on since.
  { file: 'heldout/fresh-AR1.jsonl', answerable: 0.93, reached: 0.98, declines: 0.95 },
  { file: 'heldout/fresh-AR3.jsonl', answerable: 0.92, reached: 0.98, declines: 0.91 },
  // AT1-AT4 (100 each), frozen before any result (one shared training string taken out of data/ first), first seen in the
  // twenty-second session on its engine of c8e9c0a, and on its first (9604687): AT1 (sarcasm and irony 94.1% / 98.5% /
  // 90.6%; 87.5% declined on the first), AT2 (journalism students on how the article is built 91.2% / 97.1% / 90.6%;
  // 87.5%), AT3 (geography and maps 86.8% / 94.1% / 93.8%), AT4 (the story mixed up with other news 94.1% / 97.1% / 100%;
  // 96.9%); tuned on since.
  { file: 'heldout/fresh-AT1.jsonl', answerable: 0.92, reached: 0.97, declines: 0.91 },
  { file: 'heldout/fresh-AT3.jsonl', answerable: 0.92, reached: 0.97, declines: 0.95 },
  // AS1-AS4 (100 each), frozen before any result (one shared training string taken out of data/ first), first seen at the
  // end of the twenty-second session on e61f819, the engine before its last fix (one AS2 answer more since), not tuned on: AS1 (how certain each claim is 91.2% /
  // 97.1% / 96.9%), AS2 (Gen Z meme-speak 92.6% / 98.5% / 96.9%), AS3 (what each picture shows 94.1% / 97.1% / 90.6%),
  // AS4 (the story in the timeline of 2022 97.1% / 98.5% / 93.8%); on the session's first engine two declines fewer.
  { file: 'heldout/fresh-AS1.jsonl', answerable: 0.9, reached: 0.96, declines: 0.95 },
  { file: 'heldout/fresh-AS3.jsonl', answerable: 0.94, reached: 0.96, declines: 0.91 },
  // AU1-AU4 (100 each), frozen before any result (two shared training strings taken out of data/ first), first seen at
  // the start of the twenty-third session on its first engine (e00a0f1): AU1 (voice dictation and autocorrect 94.1% /
  // 98.5% / 93.8%), AU2 (several questions in one message 95.6% / 97.1% / 93.8%), AU3 (diplomats' formal register
  // 80.9% / 95.6% / 87.5%), AU4 (who the people and bodies are 82.4% / 98.5% / 93.8%); tuned on since.
  { file: 'heldout/fresh-AU1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.93 },
  { file: 'heldout/fresh-AU3.jsonl', answerable: 0.84, reached: 0.97, declines: 0.95 },
  // AV1-AV4 (100 each), frozen before any result (three shared strings out of data/ first), first seen mid-session on
  // de5b9ec (tuned on AU only; one AV4 answer fewer on e00a0f1): AV1 (pasted posts 82.4% / 92.6% / 93.8%), AV2 (fast
  // phone typing without æøå 98.5% / 100% / 100%), AV3 (figures only 82.4% / 95.6% / 93.8%), AV4 (why and how 82.4% /
  // 92.6% / 65.6%); tuned on since.
  { file: 'heldout/fresh-AV1.jsonl', answerable: 0.93, reached: 0.97, declines: 0.96 },
  { file: 'heldout/fresh-AV3.jsonl', answerable: 0.83, reached: 0.95, declines: 0.86 },
  // AW1-AW4 (100 each), frozen before any result (one shared string out of data/ first), first seen on b608c9d: AW1 (two
  // or three details checked at once 86.8% / 97.1% / 90.6%), AW2 (spelling by ear 88.2% / 95.6% / 96.9%), AW3 (what is
  // not known 94.1% / 97.1% / 96.9%), AW4 (follow-ups read alone 89.7% / 95.6% / 93.8%); the same on e00a0f1 but one
  // more AW4 question reached there; tuned on since.
  { file: 'heldout/fresh-AW1.jsonl', answerable: 0.89, reached: 0.98, declines: 0.92 },
  { file: 'heldout/fresh-AW3.jsonl', answerable: 0.91, reached: 0.95, declines: 0.95 },
  // AX1-AX4 (100 each), frozen before any result (none shared a training string), first seen on 3844ea4, identical on
  // e00a0f1: AX1 (angry and rude askers 83.8% / 98.5% / 90.6%), AX2 (order and comparison 85.3% / 100% / 90.6%), AX3
  // (long rambling messages 76.5% / 85.3% / 87.5%), AX4 (negatively framed and leading yes/no questions 89.7% / 94.1% /
  // 90.6%); tuned on since.
  { file: 'heldout/fresh-AX1.jsonl', answerable: 0.84, reached: 0.98, declines: 0.89 },
  { file: 'heldout/fresh-AX3.jsonl', answerable: 0.84, reached: 0.91, declines: 0.87 },
  // AY1-AY4 (100 each, twenty-fourth session, 2026-12-06), frozen before any result (two shared strings out of data/
  // first), first seen on c8c2e2f: AY1 (commands: "tell me", "forklar" 92.6% / 98.5% / 90.6%), AY2 (non-native English
  // 91.2% / 95.6% / 93.8%), AY3 (indirect and embedded questions 86.8% / 95.6% / 90.6%), AY4 (misremembered names and
  // details 85.3% / 98.5% / 93.8%); tuned on since.
  { file: 'heldout/fresh-AY1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.95 },
  { file: 'heldout/fresh-AY3.jsonl', answerable: 0.88, reached: 0.98, declines: 0.92 },
  // AZ1-AZ4 (100 each), frozen before any result (none shared a training string), kept unscored until the session's
  // engine was nearly final: first seen on b8f18f6, every decision the same on the session's first engine (c8c2e2f):
  // AZ1 (self-corrections 97.1% / 98.5% / 100%), AZ2 (labels and pseudo-commands 91.2% / 95.6% / 96.9%), AZ3 (role-play
  // and personas 69.1% / 82.4% / 93.8%), AZ4 (vague descriptions instead of names 88.2% / 94.1% / 100%); tuned on after.
  { file: 'heldout/fresh-AZ1.jsonl', answerable: 0.95, reached: 0.97, declines: 0.96 },
  { file: 'heldout/fresh-AZ3.jsonl', answerable: 0.81, reached: 0.89, declines: 0.95 },
  // BA1-BA4 (100 each, twenty-fifth session, 2026-12-06), frozen before any result (six strings shared with BA1 out of
  // data/ first), BA1-BA3 first seen on 4cd486f: BA1 (children aged 8-12, 79.4% / 95.6% / 96.9%), BA2 (quiz items:
  // multiple choice, true/false, fill-in 91.2% / 97.1% / 90.6%), BA3 (regional and informal English 89.7% / 98.5% /
  // 100%); BA4 (exclusion and addition: "apart from", "hvem andre enn") kept unscored until the session's engine was
  // nearly final, first seen on 42c4500 (80.9% / 97.1% / 84.4%, every decision the same on 4cd486f); tuned on since.
  { file: 'heldout/fresh-BA1.jsonl', answerable: 0.91, reached: 0.97, declines: 0.95 },
  { file: 'heldout/fresh-BA3.jsonl', answerable: 0.86, reached: 0.97, declines: 0.9 },
  // BB1-BB4 (100 each), frozen before any result (one string shared with BB2 out of data/ first), kept unscored until
  // the session's engine was nearly final: first seen on 42c4500, every decision the same on the session's first
  // engine (4cd486f): BB1 (hypothetical and conditional questions 92.6% / 100% / 87.5%), BB2 (where to find more, how to
  // check 92.6% / 98.5% / 93.8%), BB3 (what the bot said earlier 89.7% / 97.1% / 87.5%), BB4 (terse notes with symbols
  // and abbreviations 89.7% / 95.6% / 84.4%); tuned on after (three fixes).
  { file: 'heldout/fresh-BB1.jsonl', answerable: 0.91, reached: 0.98, declines: 0.89 },
  { file: 'heldout/fresh-BB3.jsonl', answerable: 0.88, reached: 0.95, declines: 0.85 },
  // BC1-BC4 (100 each, twenty-sixth session, 2026-12-06), frozen before any result (one string shared with BC4 out of
  // data/ first), BC1-BC3 first seen on 6b92021: BC1 (everyday adults in a news server 95.6% / 100% / 96.9%), BC2
  // (people who only saw the headline or a picture 86.8% / 98.5% / 87.5%), BC3 (whether the article mentions something
  // 80.9% / 98.5% / 90.6%); BC4 (young Nynorsk and dialect writers) kept unscored until the session's engine was nearly
  // final, first seen on 17c7a7b (95.6% / 98.5% / 96.9%; on 6b92021 one decline more); tuned on since.
  { file: 'heldout/fresh-BC1.jsonl', answerable: 0.91, reached: 0.97, declines: 0.9 },
  { file: 'heldout/fresh-BC3.jsonl', answerable: 0.94, reached: 0.97, declines: 0.96 },
  // BD1-BD4 (100 each), frozen before any result (two strings shared with BD1 and BD3 out of data/ first), first seen
  // on a5ca0f8 halfway through the session: BD1 (loud or noisy typing: caps, stretched letters 94.1% / 97.1% / 100%),
  // BD2 (what a term means 97.1% / 100% / 96.9%), BD3 (Oslo youth slang and multiethnolect 92.6% / 98.5% / 100%), BD4
  // (the article read years later 85.3% / 97.1% / 93.8%); on the session's first engine (6b92021) one answer fewer. Tuned on since.
  { file: 'heldout/fresh-BD1.jsonl', answerable: 0.97, reached: 0.98, declines: 0.96 },
  { file: 'heldout/fresh-BD3.jsonl', answerable: 0.91, reached: 0.98, declines: 0.98 },
  // BE1-BE4 (100 each, merged as one), frozen before any result (one string shared with BE2 out of data/ first), first
  // seen on the session's final engines, every decision the same on its first (6b92021): BE1 (questions relayed for
  // others in a busy channel 94.1% / 100% / 96.9%), BE2 (numbers and times in many formats 94.1% / 98.5% / 93.8%), BE3
  // (names transliterated or half remembered 97.1% / 100% / 100%) on 8e8e089, BE4 (hesitant askers who hedge 91.2% /
  // 97.1% / 93.8%) on a223634; BE1 tuned on since ("spør boten …").
  { file: 'heldout/fresh-BE1.jsonl', answerable: 0.93, reached: 0.97, declines: 0.94 },
  // BF1-BF4 (100 each, merged as one, twenty-seventh session, 2026-12-06), frozen before any result (one string shared
  // with BF4 out of data/ first), first seen on the session's first engine (237e7ec): BF1 (older askers writing in an
  // old-fashioned, formal way 83.8% / 91.2% / 96.9%), BF2 (Norwegian with English words mixed in 91.2% / 97.1% / 96.9%),
  // BF3 (worried askers 95.6% / 98.5% / 93.8%), BF4 (search-engine keyword queries 94.1% / 97.1% / 100%); tuned on since.
  { file: 'heldout/fresh-BF1.jsonl', answerable: 0.93, reached: 0.98, declines: 0.96 },
  // BG1-BG4 (100 each, merged as one), frozen before any result (one string shared with BG4 out of data/ first), first
  // seen on d439b45, every decision the same on the session's first engine: BG1 (emoji in place of words 89.7% / 97.1% /
  // 87.5%), BG2 (what the story means, why it matters 88.2% / 94.1% / 93.8%), BG3 (legal and sanctions angles 95.6% /
  // 98.5% / 96.9%), BG4 (exact quotes and wording 67.6% / 97.1% / 93.8%); tuned on since (emoji, exact words). Reached
  // lowered by one question in the thirty-first session: "hvorfor i all verden skulle Nord-Korea frakte hester fra
  // Russland?" is read without its "i all verden" and answered as the same question without it is, with the horse
  // train's entry; the set names only Kim's horses.
  { file: 'heldout/fresh-BG1.jsonl', answerable: 0.91, reached: 0.966, declines: 0.94 },
  // BH1-BH4 (100 each, merged as one), frozen before any result (strings shared with BH1 and BH4 out of data/, BH4's after
  // its first run, which it did not change), written last, each first seen on the engine of its arrival: BH2 (rumours
  // put to be checked 88.2% / 97.1% / 96.9%) on 32b403a, BH4 (English written by Norwegians 91.2% / 100% / 93.8%) on
  // 856bf78, BH3 (Norwegian learners 94.1% / 95.6% / 100%) on 285f491, BH1 (extreme texting shorthand, vowels dropped 41.2%
  // / 85.3% / 96.9%) on bb84182, each the same on the session's first engine; tuned on after (help for something seen
  // elsewhere, Norwegians' English, words without vowels). Language 98.5%: texting shorthand shows little of it.
  // Declines lowered a question since "what number is the UN resolution", found word for word in the new set CD4, was taken
  // out of data/'s out-of-scope examples (the entry answering says the article does not name the resolution).
  { file: 'heldout/fresh-BH1.jsonl', answerable: 0.83, reached: 0.95, declines: 0.96, language: 0.98 },
  // BI1-BI4, BJ1-BJ4, BK1-BK4 (100 each, merged as one per batch), frozen before any result (four training strings BK2 and
  // BK3 shared taken out of data/ after their first run, which it did not change), each first seen on the session's first
  // engine (db92669): BI1 (formal written Nynorsk 95.6% / 97.1% / 93.8%), BI2 (fat-finger typos 88.2% / 92.6% / 93.8%), BI3
  // (distrustful sceptics 85.3% / 97.1% / 90.6%), BI4 (who says what 91.2% / 100% / 96.9%); BJ1 (what the pictures show
  // 85.3% / 97.1% / 87.5%), BJ2 (homework and lessons 94.1% / 98.5% / 100%), BJ3 (Trøndelag and Northern Norway dialects
  // 86.8% / 98.5% / 81.3%), BJ4 (close readers quoting phrases 88.2% / 97.1% / 93.8%); BK1 (fact-checkers and journalists
  // 89.7% / 97.1% / 96.9%), BK2 (the Norwegian angle 95.6% / 100% / 87.5%), BK3 (one- or two-word messages 86.8% / 98.5% /
  // 87.5%, language 93.0%), BK4 (Discord markdown 92.6% / 98.5% / 93.8%); tuned on after (drawn-out greetings, a misspelt
  // counted thing, letters of unknown words for the language, "since been", "who wrote about").
  // Declines 0.92 since an either-or question is answered by the entry naming one choice ("is Kim into horses or dogs?"):
  // "var lokomotivet russisk eller nordkoreansk?" is answered by the picture of the locomotive on the Russian side
  // (+46 / -10 over every scored set).
  { file: 'heldout/fresh-BI1.jsonl', answerable: 0.9, reached: 0.97, declines: 0.92 },
  { file: 'heldout/fresh-BJ1.jsonl', answerable: 0.89, reached: 0.98, declines: 0.9 },
  // Language 98.8%: a word or two shows little of it ("to dager?", "nk nekter?").
  // BK1 declines 0.92 -> 0.91 (thirty-sixth session): a one-sentence question is read by its opening clause when the rest
  // only remarks on it (+55 -12 over every set); "hvilket år …, helt nøyaktig?" is now answered with the early 1990s.
  { file: 'heldout/fresh-BK1.jsonl', answerable: 0.91, reached: 0.98, declines: 0.91, language: 0.98 },
  // BL1-BL4, BM1-BM4, BN1-BN4, BO1-BO4, BP1-BP4 (100 each, merged as one per batch), frozen before any result (training
  // strings BL4, BO3 and BP2 shared taken out of data/ after their first run, which it did not change), each batch first
  // seen on the engine of its arrival, tuned on after. BL on 7a59e0e: Swedes and Danes 76.5% / 94.1% / 90.6%, comparisons
  // with history 98.5% / 98.5% / 90.6%, how to answer (language, length) 94.1% / 97.1% / 96.9%, spacing mistakes 85.3% /
  // 97.1% / 96.9%. BM on e55f86f: OCR-garbled pastes 73.5% / 92.6% / 100%, machine-translated 95.6% / 98.5% / 90.6%, how
  // likely or proven 85.3% / 97.1% / 90.6%, the asker's own place and situation 82.4% / 98.5% / 96.9%. BN on bc14c8c:
  // satellites and imagery 94.1% / 98.5% / 96.9%, tricks and pressure 80.9% / 91.2% / 100%, the sides compared 88.2% /
  // 91.2% / 84.4%, numbered lists of questions 75.0% / 98.5% / 96.9%. BO on 7f51ef4 (BO1 on 327d778, the same engine):
  // malapropisms 86.8% / 98.5% / 87.5%, Gen Z slang 86.8% / 97.1% / 100%, pasted chat logs 97.1% / 97.1% / 93.8%, words in
  // the other language 86.8% / 100% / 96.9%. BP on 747ea6b: military jargon 89.7% / 94.1% / 96.9%, money and trade 92.6% /
  // 95.6% / 87.5%, abbreviations 79.4% / 94.1% / 93.8%, fill-in-the-blank 91.2% / 95.6% / 75.0%.
  { file: 'heldout/fresh-BL1.jsonl', answerable: 0.89, reached: 0.97, declines: 0.96 },
  { file: 'heldout/fresh-BM1.jsonl', answerable: 0.91, reached: 0.97, declines: 0.95 },
  { file: 'heldout/fresh-BN1.jsonl', answerable: 0.9, reached: 0.95, declines: 0.95 },
  // BO1 reached 0.99 -> 0.98 (thirty-sixth session): four training strings the frozen DK1 and DK4 held left data/, and
  // "hjalp sovjet nord-korea mye før i tida?" is answered with the founding entry since.
  { file: 'heldout/fresh-BO1.jsonl', answerable: 0.9, reached: 0.98, declines: 0.94 },
  { file: 'heldout/fresh-BP1.jsonl', answerable: 0.88, reached: 0.94, declines: 0.9 },
  // BQ1-BQ4 (100 each, merged as one), frozen before any result, first seen on 439d1bb (706355d's engine): where in the
  // article something is said 73.5% / 97.1% / 93.8%, challenges asking how something is known 91.2% / 98.5% / 87.5%,
  // long compound nouns and officialese 48.5% / 79.4% / 96.9% (the weakest kind measured since BH1), the pictures named
  // by what they show 77.9% / 94.1% / 93.8%; tuned on after (where in the article).
  { file: 'heldout/fresh-BQ1.jsonl', answerable: 0.75, reached: 0.92, declines: 0.92 },
  // BR1-BR4 ... BZ1-BZ4 (100 each, merged as one per batch), frozen before any result, each batch first seen on the engine
  // of its arrival (answered / reached / declined), tuned on after. BR, BS and BT on 3bcdf76: letters and e-mails 95.6% /
  // 97.1% / 93.8%, code-like queries 83.8% / 95.6% / 59.4%, surprised echo questions 92.6% / 100% / 93.8%, metonymy 92.6% /
  // 97.1% / 93.8%; hashtags 92.6% / 97.1% / 90.6%, stated confusion 85.3% / 100% / 93.8%, asides and brackets 92.6% /
  // 98.5% / 84.4%, superlatives 67.6% / 91.2% / 84.4%; Riksmål and formal British English 80.9% / 94.1% / 100%, run-on
  // messages 80.9% / 95.6% / 100%, "not this, but that" 77.9% / 88.2% / 59.4%, open requests 79.4% / 92.6% / 93.8%. BU on
  // b842542: the story's people addressed 86.8% / 91.2% / 75.0%, metaphors 54.4% / 89.7% / 96.9%, askers in a hurry 95.6% /
  // 98.5% / 96.9%, peoples for countries 94.1% / 98.5% / 93.8%. BV on 9cd0a15: modal speculation 92.6% / 100% / 93.8%,
  // voice transcripts 95.6% / 100% / 96.9%, one question over several lines 98.5% / 98.5% / 68.8%, an opinion then a
  // question 86.8% / 94.1% / 90.6%. BW on e819dc4: connections 82.4% / 98.5% / 87.5%, figures worked out 69.1% / 91.2% /
  // 90.6%, names in other scripts 89.7% / 97.1% / 100%, doubled messages 100% / 100% / 93.8%. BX on f5449c7: abbreviated
  // words 97.1% / 98.5% / 96.9%, other outlets 82.4% / 94.1% / 96.9%, reactions 88.2% / 100% / 87.5%, "I know X, but"
  // 88.2% / 92.6% / 75.0%. BY on 464456f: comparisons with familiar things 80.9% / 98.5% / 90.6%, words for the train
  // 89.7% / 100% / 96.9%, times of day 85.3% / 92.6% / 96.9%, debate preparation 89.7% / 100% / 96.9%. BZ on bd887fb:
  // pictures described for blind readers 88.2% / 97.1% / 90.6%, the bot asked of in the third person 64.7% / 95.6% /
  // 96.9%, before and after 85.3% / 91.2% / 75.0%, misheard names 95.6% / 98.5% / 100%. Floors just under the final engine (9dd48b1).
  { file: 'heldout/fresh-BR1.jsonl', answerable: 0.9, reached: 0.97, declines: 0.95 },
  // BS1's reach lowered in the thirty-seventh session: the greeting "gm" left data/ (DO1 asks it word for word), and
  // "gm @factbot ☀️" is no longer greeted.
  { file: 'heldout/fresh-BS1.jsonl', answerable: 0.86, reached: 0.96, declines: 0.89 },
  // BT1's declines lowered by one question in the thirty-first session: a run-on message asking how much money the Soviet
  // aid was and what it was ("mat eller våpen") is answered with the aid's entry, which says the article does not tell
  // what the aid consisted of, since training questions on how much help it was replaced one the CI sets hold.
  { file: 'heldout/fresh-BT1.jsonl', answerable: 0.86, reached: 0.93, declines: 0.95 },
  { file: 'heldout/fresh-BU1.jsonl', answerable: 0.84, reached: 0.95, declines: 0.92 },
  // Reached 0.97 since "Hvor mange granater snakker Det hvite hus om?", found word for word in the new set CD4, was taken out
  // of data/: "how many how many images were there of the the train" no longer offers the entry counting them.
  { file: 'heldout/fresh-BV1.jsonl', answerable: 0.93, reached: 0.97, declines: 0.95 },
  { file: 'heldout/fresh-BW1.jsonl', answerable: 0.86, reached: 0.96, declines: 0.94 },
  { file: 'heldout/fresh-BX1.jsonl', answerable: 0.89, reached: 0.97, declines: 0.89 },
  { file: 'heldout/fresh-BY1.jsonl', answerable: 0.86, reached: 0.97, declines: 0.95 },
  { file: 'heldout/fresh-BZ1.jsonl', answerable: 0.9, reached: 0.95, declines: 0.89 },
  // CA1-CA4 (100 each, merged as one), frozen before any result, first seen on the final engine (9dd48b1), not tuned on:
  // an ordinary evening's mix of askers 98.5% / 100% / 100%, common native grammar and spelling slips 95.6% / 98.5% /
  // 96.9%, convoluted logic and double negatives 83.8% / 92.6% / 87.5%, impatient askers asking again 91.2% / 97.1% / 100%.
  { file: 'heldout/fresh-CA1.jsonl', answerable: 0.92, reached: 0.97, declines: 0.96 },
  // CB1-CB4, CC1-CC4, CD1-CD4 (100 each, merged as one per batch), frozen before any result (training strings CB3, CB4,
  // CD1 and CD4 shared taken out of data/ after their first run), each batch first seen on the engine of its arrival,
  // tuned on after. CB on 9cb7a43: either-or questions 82.4% / 98.5% / 87.5%, a belief with a confirming tag 92.6% / 100% /
  // 75.0%, idiomatic openers 92.6% / 100% / 100%, vague words for size, amount and time 82.4% / 98.5% / 87.5%. CC on
  // 18db5c9: the same question in both languages 98.5% / 100% / 100% (language 96.0%), decorative Unicode letters 25.0% /
  // 38.2% / 96.9% (language 84.0%), complaints and rhetorical questions 86.8% / 94.1% / 84.4%, settling an argument or a
  // bet 86.8% / 98.5% / 96.9%. CD on f983f5b: invisible and look-alike characters 95.6% / 98.5% / 93.8%, text emoticons
  // and kaomoji 92.6% / 98.5% / 96.9%, needs stated instead of asked 77.9% / 100% / 87.5%, what a figure in the story refers
  // to 83.8% / 94.1% / 90.6%.
  // Reached 99.3% -> 98.9% (forty-second session) when "Hva er Planet Labs?", which EJ3 held word for word, left data/:
  // "Planet Labs, hva er greia med dem i denne saken?" is now answered with the article's credits.
  { file: 'heldout/fresh-CB1.jsonl', answerable: 0.89, reached: 0.985, declines: 0.9 },
  // Language 99.0%: a message asking the same in both languages is answered in its second language now and then.
  { file: 'heldout/fresh-CC1.jsonl', answerable: 0.95, reached: 0.97, declines: 0.98, language: 0.98 },
  { file: 'heldout/fresh-CD1.jsonl', answerable: 0.89, reached: 0.97, declines: 0.91 },
  // CE1-CE4 (100 each, merged as one), frozen before any result (training strings CE2 shared taken out of data/ after its
  // first run, which it did not change), first seen on 1e13cb5, tuned on after: an ordinary evening in a Norwegian club
  // server 97.1% / 100% / 93.8%, an ordinary evening in an international news server 95.6% / 98.5% / 96.9%, yes or no, one
  // word or one number demanded 91.2% / 97.1% / 93.8%, the passive and impersonal constructions 86.8% / 95.6% / 93.8%.
  { file: 'heldout/fresh-CE1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.95 },
  // CF1-CF4 (100 each, merged as one), frozen before any result, first seen on 48ed492, tuned on after (leetspeak): the
  // story as live news 85.3% / 97.1% / 96.9%, leetspeak 10.3% / 27.9% / 100% (language 84.0%), the whole channel asked
  // 92.6% / 95.6% / 96.9%, a slip in a digit, a unit or an order of figures 88.2% / 94.1% / 93.8%.
  { file: 'heldout/fresh-CF1.jsonl', answerable: 0.87, reached: 0.95, declines: 0.96 },
  // CG1-CG4 (100 each, merged as one), frozen before any result (three training strings CG1 and CG2 shared taken out of
  // data/ after their first run, which it did not change), first seen on the thirtieth session's final engine (5810ea0),
  // not tuned on: an ordinary day in a school class's server 98.5% / 100% / 96.9%, an ordinary evening in a gaming
  // server's off-topic channel 97.1% / 98.5% / 96.9%, "how come" and "what's the reason" 88.2% / 95.6% / 84.4%, dictated
  // punctuation words 100% / 100% / 96.9%.
  { file: 'heldout/fresh-CG1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.93 },
  // CH1-CH4 (100 each, merged as one, thirty-first session, 2026-12-06), frozen before any result, no training string
  // shared, first seen on the session's first engine (4b6e180): an ordinary evening in a Norwegian family's server 92.6% /
  // 98.5% / 100%, an ordinary week in an international political-science course's server 95.6% / 100% / 90.6%, asking
  // on behalf of someone else 92.6% / 100% / 90.6%, saying why one asks or what the answer is for 92.6% / 98.5% / 96.9%;
  // tuned on since (who asks for whom, indirect and cleft speakers, details the article lacks, help).
  { file: 'heldout/fresh-CH1.jsonl', answerable: 0.97, reached: 0.99, declines: 0.98 },
  // CI1-CI4 (100 each, merged as one), frozen before any result (four training strings they held taken out of data/
  // before their first run), first seen on 9b3134e, every decision the same on the session's first engine: an ordinary
  // lunch break in a Norwegian workplace's server 95.6% / 100% / 96.9%, an ordinary day in an international world-news
  // server 92.6% / 97.1% / 96.9%, an upper-secondary class's source-criticism assignment 92.6% / 97.1% / 90.6%, older
  // English-speaking adults in a retirees' club 92.6% / 98.5% / 100%; tuned on since (help, words for analysing).
  { file: 'heldout/fresh-CI1.jsonl', answerable: 0.95, reached: 0.99, declines: 0.96 },
  // CJ1-CJ4 (100 each, merged as one), frozen before any result (two training strings CJ3 held taken out of data/ before
  // its first run), first seen on 1f0fc16 (the same on d1bf8d4 and on the session's first engine), tuned on after for
  // two help questions (331e38e): an ordinary Sunday in a small Norwegian town's server 92.6% / 95.6% / 100%, an English-speaking
  // university debating society 97.1% / 98.5% / 87.5%, Norwegian teenagers in a gaming server 92.6% / 97.1% / 100%
  // (language 99.0%), English learners in a language-exchange server 95.6% / 97.1% / 100%.
  { file: 'heldout/fresh-CJ1.jsonl', answerable: 0.95, reached: 0.97, declines: 0.96 },
  // CK1-CK4 (100 each, merged as one), frozen before any result (three training strings CK1 and CK2 held taken out of
  // data/ before their first run), first seen on the session's final engine (331e38e with b11e696's data; every decision
  // the same on the session's first engine), not tuned on: a Norwegian football supporters' club 98.5% / 98.5% / 100%
  // (language 99.0%), an English-speaking school parents' server 95.6% / 98.5% / 96.9%, a Norwegian railway enthusiasts'
  // server 100% / 100% / 93.8%, a geopolitics YouTube channel's community 95.6% / 98.5% / 96.9%.
  { file: 'heldout/fresh-CK1.jsonl', answerable: 0.97, reached: 0.98, declines: 0.96 },
  // CL1-CL4 (100 each, merged as one), frozen before any result (four training strings CL1, CL2 and CL3 held taken out of
  // data/ before their first run), first seen on 74c841b (the thirty-first session's final engine), not tuned on before:
  // 266 / 272 / 123 of 272 / 272 / 128 (97.8% / 100% / 96.1%). A Nynorsk-writing western Norwegian village 100% / 100% /
  // 96.9%, a newsroom's fact-checkers 95.6% / 100% / 93.8%, people typing fast on phones 98.5% / 100% / 100%, Norwegians
  // mixing Norwegian and English 97.1% / 100% / 93.8%. Tuned on since ('halla', the Korean War out of scope).
  { file: 'heldout/fresh-CL1.jsonl', answerable: 0.97, reached: 0.99, declines: 0.96 },
  // CM1-CM4 (100 each, merged as one), frozen before any result (two training strings CM3 and CM4 held taken out of data/
  // before their first run), first seen on 4f5b17b: 240 / 258 / 124 of 272 / 272 / 128 (88.2% / 94.9% / 96.9%).
  // Norwegian grandparents new to chat 85.3% / 95.6% / 100%, sceptics and contrarians 92.6% / 94.1% / 93.8%, English as
  // a second language 89.7% / 95.6% / 96.9%, children of 10-13 in a class server 85.3% / 94.1% / 96.9%. Tuned on since
  // (self-introductions, sign-offs, how to set about asking, a closing hedge, the asked speaker's entry): 90.4% / 96.7% / 96.9%.
  { file: 'heldout/fresh-CM1.jsonl', answerable: 0.9, reached: 0.96, declines: 0.96 },
  // CN1-CN4 (100 each, merged as one), frozen before any result (four training strings CN3 held taken out of data/ before
  // its first run), first seen on 65f2ff6: 241 / 257 / 119 of 272 / 272 / 128 (88.6% / 94.5% / 93.0%). Pasted claims
  // asked about 89.7% / 94.1% / 96.9%, Swedes and Danes in a Nordic server 88.2% / 98.5% / 96.9%, one to five words
  // 92.6% / 100% / 96.9%, long rambling messages around one question 83.8% / 85.3% / 81.3%. Tuned on since (conversation in
  // long messages, a long message's lone question asking a detail the article lacks): 90.8% / 96.7% / 94.5%.
  { file: 'heldout/fresh-CN1.jsonl', answerable: 0.9, reached: 0.96, declines: 0.94 },
  // CO1-CO4 (100 each, merged as one), ordinary evenings, frozen before any result (one training string CO3 held taken out
  // of data/ before its first run), first seen on ab23dc5: 256 / 267 / 124 of 272 / 272 / 128 (94.1% / 98.2% / 96.9%;
  // 257 / 268 / 124 on the session's first engine, 74c841b). A Norwegian news-and-politics server 95.6% / 100% / 96.9%,
  // an international world-news server 95.6% / 97.1% / 93.8%, a university study group 94.1% / 98.5% / 96.9%, a family's
  // server at dinner 91.2% / 97.1% / 100%. Tuned on since (the Norwegian cleft, "qs", signing in): 95.2% / 98.9% / 96.9%.
  { file: 'heldout/fresh-CO1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.96 },
  // CP1-CP4 (100 each, merged as one), ordinary evenings, frozen before any result (two training strings CP2 and CP3 held
  // taken out of data/ before their first run), first seen on the session's final engine (042556f), not tuned on: 265 /
  // 272 / 124 of 272 / 272 / 128 (97.4% / 100% / 96.9%; the same on the session's first engine, 74c841b). A Norwegian
  // outdoor and fishing community 100% / 100% / 96.9%, an English-speaking university's international students 98.5% /
  // 100% / 93.8%, a Norwegian teachers' staff room 94.1% / 100% / 96.9%, Norwegians abroad and foreigners in Norway
  // 97.1% / 100% / 100%.
  { file: 'heldout/fresh-CP1.jsonl', answerable: 0.97, reached: 0.99, declines: 0.96 },
  // CQ1-CQ4 (100 each, merged as one), frozen before any result (two training strings CQ3 and CQ4 held taken out of data/
  // before their first run), first seen on the thirty-third session's first engine (8700bf4 with those two taken out,
  // 95147f3): 247 / 263 / 120 of 272 / 272 / 128 (90.8% / 96.7% / 93.8%). People who write by ear 86.8% / 97.1% / 93.8%,
  // a university seminar on propaganda and sourcing 89.7% / 94.1% / 84.4%, a gaming server late at night 92.6% / 98.5% /
  // 96.9%, speech-to-text dictation 94.1% / 97.1% / 100%. Tuned on since: 94.5% / 98.5% / 96.1%.
  { file: 'heldout/fresh-CQ1.jsonl', answerable: 0.94, reached: 0.98, declines: 0.96 },
  // CR1-CR4 (100 each, merged as one), frozen before any result (one training string CR2 held taken out of data/ before its
  // first run), first seen on d0bfa58: 248 / 268 / 114 of 272 / 272 / 128 (91.2% / 98.5% / 89.1%; the same on the
  // session's first engine). Questions relayed for someone else 95.6% / 98.5% / 90.6%, commuters' autocorrect 94.1% / 100% /
  // 84.4%, half-remembered details 79.4% / 95.6% / 87.5%, Northern Norway and Trøndelag dialects 95.6% / 100% / 93.8%.
  // Tuned on since: 92.6% / 98.9% / 92.2%.
  { file: 'heldout/fresh-CR1.jsonl', answerable: 0.92, reached: 0.98, declines: 0.92 },
  // CS1-CS4 (100 each, merged as one), frozen before any result (four training strings CS1-CS3 held taken out of data/
  // before their first run), held back unscored until c22d46b (then the thirty-third session's last engine), first seen
  // there: 254 / 266 / 123 of 272 / 272 / 128 (93.4% / 97.8% / 96.1%; 253 / 266 / 123 on the session's first engine). An ordinary
  // evening in a Norwegian news-and-games community 95.6% / 100% / 100%, an international newsroom checking facts 88.2% /
  // 95.6% / 93.8%, a Western Norway class on source criticism 94.1% / 98.5% / 96.9%, a pensioners' association 95.6% /
  // 97.1% / 93.8%. Tuned on since (help asked as which story the bot covers, past its last stop): 94.1% / 98.5% / 96.9%.
  { file: 'heldout/fresh-CS1.jsonl', answerable: 0.94, reached: 0.98, declines: 0.96 },
  // CT1-CT4 (100 each, merged as one), frozen before any result (two conversation strings CT1 held taken out of data/
  // before its first run), held back unscored until the thirty-third session's final engine (1d620f7), not tuned on: 264 /
  // 270 / 117 of 272 / 272 / 128 (97.1% / 99.3% / 91.4%; 262 / 270 / 117 on the session's first engine). An English-speaking
  // expat community in Norway 98.5% / 100% / 100%, a local newspaper's readers 95.6% / 100% / 87.5%, two or three things
  // asked in one message 95.6% / 98.5% / 84.4%, teenagers in Western Norway 98.5% / 98.5% / 93.8%.
  // CT1 declines 0.91 -> 0.90 (thirty-sixth session, the opening clause read alone): "did russia give nk anything back, like
  // oil or food?" is answered with the claim.
  { file: 'heldout/fresh-CT1.jsonl', answerable: 0.97, reached: 0.99, declines: 0.9 },
  // CU1-CU4 (100 each, merged as one), frozen before any result (two training strings CU1 and CU4 held taken out of data/
  // before their first run), first seen on the thirty-fourth session's first engine (3ea8347 with those two taken out,
  // 6b975d3): 253 / 266 / 118 of 272 / 272 / 128 (93.0% / 97.8% / 92.2%). Adults learning Norwegian 97.1% / 97.1% / 90.6%, an
  // OSINT and railway-enthusiast server 88.2% / 95.6% / 93.8%, Oslo youth slang 94.1% / 100% / 100%, "is it true that …"
  // checks 92.6% / 98.5% / 84.4%. Tuned on since: 95.6% / 98.9% / 96.9%.
  { file: 'heldout/fresh-CU1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.96 },
  // CV1-CV4, frozen before any result (one out-of-scope string CV4 held taken out of data/ first), first seen on 1ca2e8a:
  // 242 / 265 / 118 (89.0% / 97.4% / 92.2%). Exam prompts and imperatives 86.8% / 95.6% / 93.8%, emotional and sarcastic
  // reactions 86.8% / 97.1% / 93.8%, who says what 95.6% / 97.1% / 87.5%, facts connected (order, comparison, cause)
  // 86.8% / 100% / 93.8%. Tuned on since: 91.9% / 97.8% / 93.8%.
  { file: 'heldout/fresh-CV1.jsonl', answerable: 0.91, reached: 0.97, declines: 0.93 },
  // CW1-CW4, frozen before any result, first seen on 55ee80e: 251 / 266 / 124 (92.3% / 97.8% / 96.9%). Split compounds and
  // malapropisms 89.7% / 97.1% / 100%, heavy formatting 97.1% / 98.5% / 100%, texting abbreviations 88.2% / 97.1% / 90.6%,
  // places and maps 94.1% / 98.5% / 96.9%. Tuned on since: 94.5% / 98.2% / 97.7%.
  { file: 'heldout/fresh-CW1.jsonl', answerable: 0.94, reached: 0.98, declines: 0.97 },
  // CX1-CX4, frozen before any result, first seen on ec0c18f: 239 / 262 / 113 (87.9% / 96.3% / 88.3%). A question taken
  // back and put again 83.8% / 91.2% / 78.1%, negation 94.1% / 100% / 84.4%, translation apps 88.2% / 97.1% / 96.9%,
  // statements to react to 85.3% / 97.1% / 93.8%. Tuned on since: 90.4% / 97.8% / 93.8%.
  { file: 'heldout/fresh-CX1.jsonl', answerable: 0.9, reached: 0.97, declines: 0.93 },
  // CY1-CY4, frozen before any result (one training string CY3 held taken out of data/ first), first seen on 98deae6: 248 /
  // 268 / 121 (91.2% / 98.5% / 94.5%; 249 / 269 / 121 on the session's first engine). This story mixed up with others 94.1% /
  // 98.5% / 100%, voice-assistant and search-box phrasing 98.5% / 100% / 96.9%, Norwegian-English 100% / 100% / 93.8%,
  // thresholds ("more than", "fler enn") 72.1% / 95.6% / 87.5%. Tuned on since: 91.9% / 98.9% / 96.1%.
  // CY1 declines 0.96 -> 0.95 (thirty-sixth session, the opening clause read alone): a price asked "per hest" after a comma.
  { file: 'heldout/fresh-CY1.jsonl', answerable: 0.91, reached: 0.98, declines: 0.95 },
  // CZ1-CZ4, frozen before any result, first seen on abe6fdd: 250 / 263 / 117 (91.9% / 96.7% / 91.4%; 250 / 263 / 116 on the
  // session's first engine). The pictures and graphics 91.2% / 98.5% / 84.4%, manipulation attempts 92.6% / 92.6% / 96.9%
  // (instructions are declined whole, by design), hedged politeness 85.3% / 95.6% / 90.6%, numbers and times in words
  // 98.5% / 100% / 93.8%. Tuned on since: 93.4% / 96.7% / 91.4%.
  { file: 'heldout/fresh-CZ1.jsonl', answerable: 0.93, reached: 0.96, declines: 0.91 },
  // DA1-DA4, frozen before any result (two training strings DA2 and DA4 held taken out of data/ first), held back until the
  // thirty-fourth session's final engine (fdc44f2), not tuned on: 256 / 268 / 115 (94.1% / 98.5% / 89.8%; the same on its
  // first engine). Who the sources are 97.1% / 100% / 78.1%, misspelt names 98.5% / 100% / 90.6%, the story related to
  // Norway 98.5% / 100% / 93.8%, a debate club's for and against 82.4% / 94.1% / 96.9%.
  { file: 'heldout/fresh-DA1.jsonl', answerable: 0.94, reached: 0.98, declines: 0.89 },
  // DB1-DB4, frozen before any result (no training string stood in them), first seen on the thirty-fifth session's first
  // engine (04fa020): 228 / 258 / 121 (83.8% / 94.9% / 94.5%). The story read years later 82.4% / 94.1% / 93.8%, quiz formats
  // 89.7% / 97.1% / 96.9%, fat-finger typing (words run together) 88.2% / 95.6% / 96.9%, formal and old-fashioned
  // writers 75.0% / 92.6% / 90.6%. Tuned on since: 88.6% / 96.3% / 94.5%.
  { file: 'heldout/fresh-DB1.jsonl', answerable: 0.88, reached: 0.96, declines: 0.94 },
  // DC1-DC4, frozen before any result (no training string stood in them), first seen on 7295c5f: 235 / 266 / 122 (86.4% /
  // 97.8% / 95.3%; the same on the session's first engine). People and places described, not named 92.6% / 98.5% / 93.8%,
  // names in other scripts (Cyrillic, Hangul) 67.6% / 95.6% / 96.9%, units and arithmetic 91.2% / 98.5% / 93.8%, emojis for
  // words 94.1% / 98.5% / 96.9%. Tuned on since (Cyrillic names transliterated, repeated emoji, an age asked): 87.5% /
  // 97.4% / 96.9%.
  { file: 'heldout/fresh-DC1.jsonl', answerable: 0.87, reached: 0.97, declines: 0.95 },
  // DD1-DD4, frozen before any result (no training string stood in them), first seen on bfb7b2b: 224 / 261 / 122 (82.4% /
  // 96.0% / 95.3%; the same on the session's first engine). Whether the article mentions something 91.2% / 100% / 100%,
  // idioms and metaphors 67.6% / 91.2% / 93.8%, the question wrapped in the asker's own life 82.4% / 98.5% / 93.8%, the
  // story's actors spoken to ("Kirby, where's your proof?") 88.2% / 94.1% / 93.8%. Tuned on since: 83.8% / 96.3% / 95.3%.
  // Reached 96.3% -> 96.0% (forty-first session) with "went" read as "go": "… heard there was a horse train going to North
  // Korea?? is that real" is now answered with Kim's horses, not declined with the horse train offered.
  { file: 'heldout/fresh-DD1.jsonl', answerable: 0.83, reached: 0.955, declines: 0.95 },
  // DE1-DE4, frozen before any result (one out-of-scope example DE1 held taken out of data/ first), held back until
  // engine 3e757b8, not tuned on until then: 238 / 263 / 118 (87.5% / 96.7% / 92.2%; the same on the session's first
  // engine). What the story's terms mean 89.7% / 97.1% / 93.8%, jokes around a question 86.8% / 97.1% / 96.9%, British and
  // Australian English 89.7% / 98.5% / 90.6%, hypotheticals and counterfactuals 83.8% / 94.1% / 87.5%. Tuned on since
  // (help with the bot's scope, a what-if beside a fact, "when exactly … this year"): 89.7% / 97.8% / 93.0%.
  { file: 'heldout/fresh-DE1.jsonl', answerable: 0.87, reached: 0.96, declines: 0.92 },
  // DF1-DF4, frozen before any result (three training questions DF2 and DF4 held taken out of data/ first), held back until
  // the thirty-fifth session's final engine (1fd687c), not tuned on: 256 / 268 / 122 (94.1% / 98.5% / 95.3%; the same on
  // its first engine). A regional newspaper's readers 95.6% / 100% / 100%, a geopolitics and East Asia server 95.6% / 100%
  // / 96.9%, follow-up questions naming what they mean 95.6% / 98.5% / 96.9%, parents explaining to children and children
  // asking 89.7% / 95.6% / 87.5%.
  // DF1 answerable 0.94 -> 0.93 (thirty-sixth session): the training question "How many pictures show the train heading to
  // Russia?" left data/ (the frozen DH4 holds it); "how many images were there of the train heading into russia?" ranks the
  // crossing first since.
  { file: 'heldout/fresh-DF1.jsonl', answerable: 0.93, reached: 0.98, declines: 0.95 },
  // DG1-DG4, DH1-DH4, DI1-DI4, DJ1-DJ4, DK1-DK4, DL1-DL4 (thirty-sixth session, 100 each, merged as one per batch), each
  // frozen before any result (training strings DG4, DH4, DI1, DJ1, DK1 and DK4 held word for word taken out of data/ first).
  // DG on the session's first engine (90c4ed4): 256 / 269 / 118 of 272 / 272 / 128. A workplace lunch break 97.1% / 100% /
  // 93.8%, defence hobbyists 94.1% / 100% / 96.9%, horse people 94.1% / 95.6% / 96.9%, why and how 91.2% / 100% / 81.2%.
  // DI on aca0871: 260 / 269 / 124. Lines broken by enter 98.5% / 98.5% / 93.8%, words confused for others 94.1% / 98.5% /
  // 96.9%, Indian, Nigerian, Filipino and Singaporean English 92.6% / 100% / 96.9%, Korean-Norwegians 97.1% / 98.5% / 100%.
  // DJ on 0c3b23c: 244 / 269 / 123. The passive and stranded prepositions 91.2% / 98.5% / 90.6%, one thing asked two or
  // three ways 97.1% / 100% / 96.9%, long compounds and noun stacks 80.9% / 97.1% / 100%, SMS shorthand 89.7% / 100% /
  // 96.9%. DK on d33572d: 246 / 258 / 115. Numbers and years as the question 89.7% / 97.1% / 96.9%, "besides", "other
  // than", "utenom" 85.3% / 89.7% / 75.0%, headline checks 91.2% / 94.1% / 93.8%, a class's social-studies lesson 95.6% /
  // 98.5% / 93.8%. DG, DI, DJ and DK were tuned on after their first run.
  // DH held back until 0a6f702, never tuned on: 259 / 270 / 121 (95.2% / 99.3% / 94.5%). A Norwegian discussion community
  // 97.1% / 98.5% / 93.8%, an American news podcast's listeners 92.6% / 100% / 93.8%, summaries and overviews 92.6% / 98.5%
  // / 90.6%, emotions in the letters (caps, stretched letters) 98.5% / 100% / 100%.
  // DL held back until the final engine (049eb04), never tuned on: 265 / 271 / 127 (97.4% / 99.6% / 99.2%). A politics
  // podcast's listeners 98.5% / 100% / 100%, a journalism programme 98.5% / 98.5% / 100%, an Oslo tech company's lunch
  // 98.5% / 100% / 100%, retirees 94.1% / 100% / 96.9%.
  { file: 'heldout/fresh-DG1.jsonl', answerable: 0.94, reached: 0.98, declines: 0.96 },
  { file: 'heldout/fresh-DH1.jsonl', answerable: 0.95, reached: 0.99, declines: 0.94 },
  { file: 'heldout/fresh-DI1.jsonl', answerable: 0.96, reached: 0.98, declines: 0.97 },
  { file: 'heldout/fresh-DJ1.jsonl', answerable: 0.9, reached: 0.98, declines: 0.96 },
  { file: 'heldout/fresh-DK1.jsonl', answerable: 0.92, reached: 0.97, declines: 0.92 },
  { file: 'heldout/fresh-DL1.jsonl', answerable: 0.97, reached: 0.99, declines: 0.99 },
  // DM1-DM4, DO1-DO4, DP1-DP4, DN1-DN4 (thirty-seventh session, 100 each, merged as one per batch), each frozen before any
  // result (training strings DM2, DO1, DO4, DP2 and DP4 held word for word taken out of data/ first).
  // DM on the session's first engine (edcc834 with that data; DM4 on cbc96a2, the same there): 265 / 269 / 124 of 272 /
  // 272 / 128. A football supporters' club 95.6% / 100% / 96.9%, a refugee volunteers' server 98.5% / 98.5% / 100%, answers
  // asked in a set form ("yes or no", "just the number") 100% / 100% / 93.8%, Kirkenes and East Finnmark 95.6% / 97.1% /
  // 96.9%. DO on bbd4d6e (the same on the first engine): 255 / 265 / 119. Traders 91.2% / 95.6% / 100%, transport workers
  // 97.1% / 98.5% / 93.8%, lines of the article quoted back 91.2% / 98.5% / 90.6%, an American AP history class 95.6% /
  // 97.1% / 87.5%. DP on 98e3cb1 (the same on the first engine): 259 / 268 / 127. A trade union branch 97.1% / 100% /
  // 100%, the bot's labels and sources questioned 98.5% / 100% / 100%, other outlets compared 89.7% / 95.6% / 96.9%,
  // conscripts 95.6% / 98.5% / 100%. DM, DO and DP were tuned on after their first run.
  // DN held back until 7b042e4, never tuned on: 267 / 271 / 122 (98.2% / 99.6% / 95.3%; 267 / 271 / 121 on the first
  // engine; 123 declined on the final c97a949, through a change made for DQ). A history podcast's listeners 98.5% / 100% / 96.9%,
  // Discord markup and pasted links 100% / 100% / 93.8%, a folk high school class 97.1% / 100% / 100%, fill-in-the-blank
  // 97.1% / 98.5% / 90.6%.
  { file: 'heldout/fresh-DM1.jsonl', answerable: 0.98, reached: 0.99, declines: 0.99 },
  { file: 'heldout/fresh-DN1.jsonl', answerable: 0.98, reached: 0.99, declines: 0.95 },
  { file: 'heldout/fresh-DO1.jsonl', answerable: 0.96, reached: 0.98, declines: 0.95 },
  { file: 'heldout/fresh-DP1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.99 },
  // DQ1-DQ4 (thirty-seventh session, written last, after DN's final run), on 9276fdd (its one training string DQ2 held word
  // for word taken out of data/ first; the same on the session's first engine): 250 / 264 / 122 (91.9% / 97.1% / 95.3%).
  // Farmers 94.1% / 97.1% / 93.8%, a Model UN club 94.1% / 97.1% / 96.9%, when things happened by weekday and period
  // 83.8% / 94.1% / 90.6%, students of Russian 95.6% / 100% / 100%. Tuned on after (one question: "what happened on
  // wednesday?").
  { file: 'heldout/fresh-DQ1.jsonl', answerable: 0.92, reached: 0.97, declines: 0.95 },
  // DR1-DR4 (thirty-seventh session, written last), on the final engine (1cb4201, with its four training strings DR2, DR3
  // and DR4 held word for word taken out of data/ first; the same on c97a949 and on the session's first engine), never
  // tuned on: 265 / 272 / 123 (97.4% / 100% / 96.1%). A gaming clan 98.5% / 100% / 96.9%, a British and Irish local
  // history society 97.1% / 100% / 100%, the uncertainty itself asked about 95.6% / 100% / 90.6%, a choir and amateur
  // theatre group 98.5% / 100% / 96.9%.
  { file: 'heldout/fresh-DR1.jsonl', answerable: 0.97, reached: 0.99, declines: 0.96 },
  // DS1-DS4 (thirty-eighth session), first run on the session's first engine (51a5da2): 258 / 267 / 118 (94.9% / 98.2% /
  // 92.2%). Crews of fishing boats in the Barents Sea 94.1% / 100% / 100%, a public library's reading circle 92.6% / 97.1% /
  // 90.6%, a hospital's night shift 94.1% / 95.6% / 90.6%, the people, countries and organisations in the story 98.5% /
  // 100% / 87.5%. Tuned on after.
  { file: 'heldout/fresh-DS1.jsonl', answerable: 0.98, reached: 0.99, declines: 0.94 },
  // DT1-DT4 (thirty-eighth session), first run on d589244 (its one training string DT4 held word for word taken out of
  // data/ first; the same on the session's first engine): 260 / 265 / 124 (95.6% / 97.4% / 96.9%). A municipality's IT
  // department 97.1% / 98.5% / 96.9%, a senior centre's computer course 97.1% / 97.1% / 96.9%, askers who doubt or hedge
  // 95.6% / 97.1% / 96.9%, an amateur astronomy club 92.6% / 97.1% / 96.9%. Tuned on after.
  { file: 'heldout/fresh-DT1.jsonl', answerable: 0.97, reached: 0.98, declines: 0.99 },
  // DU1-DU4 (thirty-eighth session), on 1b298b7 (then the final engine, its one training string DU3 held word for
  // word taken out of data/ first; the same on the session's first engine), never tuned on: 264 / 269 / 124 (97.1% /
  // 98.9% / 96.9%). A law firm 95.6% / 97.1% / 100%, a sailing club 95.6% / 100% / 93.8%, parliament staffers 100% / 100% /
  // 93.8%, a church choir and parish volunteers 97.1% / 98.5% / 100%.
  // DU1-DU4 were tuned on after that run (fourteen decisions gained over every set).
  { file: 'heldout/fresh-DU1.jsonl', answerable: 0.97, reached: 0.98, declines: 0.99 },
  // DV1-DV4 (thirty-eighth session, written after DU's run), on the final engine (2247d06, its one training string DV4 held
  // word for word taken out of data/ first), never tuned on: 259 / 269 / 122 (95.2% / 98.9% / 95.3%); 259 / 268 / 122 on
  // the session's first engine. A grocery chain's store staff 97.1% / 98.5% / 93.8%, translators and interpreters 97.1% /
  // 98.5% / 90.6%, an airline's crew 94.1% / 100% / 96.9%, a hair salon's staff and customers 92.6% / 98.5% / 100%.
  { file: 'heldout/fresh-DV1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.95 },
  // DW1-DW4 (thirty-eighth session, written after the final engine), on it (2247d06's engine, its one training string DW4
  // held word for word taken out of data/ first; the same on the session's first engine), never tuned on: 263 / 269 /
  // 127 (96.7% / 98.9% / 99.2%). Taxi drivers 98.5% / 100% / 100%, a gym community 98.5% / 100% / 100%, a restaurant
  // kitchen after service 95.6% / 98.5% / 96.9%, a volunteer fire brigade 94.1% / 97.1% / 100%.
  { file: 'heldout/fresh-DW1.jsonl', answerable: 0.96, reached: 0.98, declines: 0.99 },
  // DX1-DX4 (thirty-ninth session), on its first engine (433b117, its one training string DX2 held word for word taken out
  // of data/ first): 262 / 269 / 126 (96.3% / 98.9% / 98.4%). A farming cooperative in dialect 91.2% / 95.6% / 100%,
  // Korean-Norwegian adoptees and K-drama fans 100% / 100% / 93.8%, truck drivers and rail-freight staff 94.1% / 100% /
  // 100%, a hunting and shooting club 100% / 100% / 100%. Tuned on after (264 / 270 / 127).
  { file: 'heldout/fresh-DX1.jsonl', answerable: 0.96, reached: 0.98, declines: 0.99 },
  // DY1-DY4 (thirty-ninth session, written after DX's tuning), on that engine (e87b8e2, its three training strings DY1
  // held word for word taken out of data/ first), never tuned on before: 256 / 263 / 125 (94.1% / 96.7% / 97.7%). A
  // school's teachers' room 95.6% / 97.1% / 100%, map and geography quiz players 97.1% / 97.1% / 96.9%, a nursing home's
  // relatives 89.7% / 94.1% / 96.9%, an e-sports and streaming community 94.1% / 98.5% / 96.9%. Tuned on after (258 / 265 /
  // 125).
  { file: 'heldout/fresh-DY1.jsonl', answerable: 0.94, reached: 0.97, declines: 0.97 },
  // DZ1-DZ4 (fortieth session), on its first engine (b74ee30), before anything ran on it (no string shared with data/):
  // 248 / 264 / 127 (91.2% / 97.1% / 99.2%). Voice dictation 94.1% / 98.5% / 100%, second-language learners 92.6% / 97.1% /
  // 100%, railway people 85.3% / 97.1% / 96.9%, a busy Discord thread 92.6% / 95.6% / 100%. Tuned on after (256 / 268 / 127).
  { file: 'heldout/fresh-DZ1.jsonl', answerable: 0.94, reached: 0.98, declines: 0.99 },
  // EA1-EA4 (fortieth session, written after DZ's tuning), on that engine (2eca3ab, the two out-of-scope texts EA1 and EA4
  // held word for word taken out of data/ first; the same on the session's first engine), never tuned on before: 254 / 264 /
  // 125 (93.4% / 97.1% / 97.7%). Defence enthusiasts 95.6% / 98.5% / 96.9%, machine-translated messages 85.3% / 89.7% /
  // 96.9%, search-box keywords 98.5% / 100% / 96.9%, sceptics 94.1% / 100% / 100%. Tuned on after (259 / 269 / 128).
  { file: 'heldout/fresh-EA1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.99 },
  // EB1-EB4 (fortieth session, written after EA's tuning), on that engine (7e29016), never tuned on before: 259 / 266 / 123
  // (95.2% / 97.8% / 96.1%; 258 / 266 / 123 on the session's first engine). Phone autocorrect 91.2% / 97.1% / 96.9%, trade
  // and sanctions people 98.5% / 100% / 100%, horse people 94.1% / 94.1% / 90.6%, Norwegian-English code-switchers 97.1% /
  // 100% / 96.9%. Tuned on after (262 / 268 / 125).
  { file: 'heldout/fresh-EB1.jsonl', answerable: 0.96, reached: 0.98, declines: 0.96 },
  // EC1-EC4 (forty-first session: school pupils, older readers writing as to a newspaper, follow-ups in a running chat,
  // Northern Norway and the border), on the session's first engine (2e58fe7), before anything ran on it: 259 / 268 / 121
  // (95.2% / 98.5% / 94.5%). Pupils 98.5% / 98.5% / 90.6%, older readers 95.6% / 98.5% / 100%, follow-ups 94.1% / 98.5% /
  // 90.6%, Northern Norway 92.6% / 98.5% / 96.9%. Tuned on after (261 / 269 / 123).
  { file: 'heldout/fresh-EC1.jsonl', answerable: 0.95, reached: 0.98, declines: 0.96 },
  // ED1-ED4 (forty-first session, written after EC's tuning), on that engine (158707a, the four training strings ED2 held
  // word for word taken out of data/ first; the same on the session's first engine), never tuned on before: 252 / 265 / 123
  // (92.6% / 97.4% / 96.1%). Pasted lines and misremembered details 91.2% / 98.5% / 100%, very short phone messages 89.7% /
  // 95.6% / 96.9%, hostile and loaded askers 94.1% / 95.6% / 90.6%, professionals checking facts 95.6% / 100% / 96.9%.
  // Tuned on after (254 / 266 / 124).
  { file: 'heldout/fresh-ED1.jsonl', answerable: 0.93, reached: 0.97, declines: 0.96 },
  // EE1-EE4 (forty-first session, written after ED's tuning: long rambling messages, Swedes, Danes and Nordic English,
  // how-do-they-know askers, teenage gamers and meme-posters), on that engine (20269a5, the out-of-scope text EE2 held word
  // for word taken out of data/ first; the same on the session's first engine), never tuned on before: 248 / 263 / 123
  // (91.2% / 96.7% / 96.1%). Long messages 91.2% / 94.1% / 96.9%, Nordic 88.2% / 97.1% / 93.8%, how-do-they-know 94.1% /
  // 95.6% / 93.8%, gamers 91.2% / 100% / 100%. Tuned on after (256 / 266 / 124).
  { file: 'heldout/fresh-EE1.jsonl', answerable: 0.93, reached: 0.97, declines: 0.96 },
  // EF1-EF4 (forty-first session, written after EE's tuning: questions relayed for someone else, names misspelt every way,
  // statements put to be confirmed, Nynorsk writers), on that engine (11cd661, the conversation text EF3 held word for word
  // taken out of data/ first), never tuned on before: 258 / 268 / 125 (94.9% / 98.5% / 97.7%; 259 / 268 / 125 on the
  // session's first engine). Relayed 91.2% / 97.1% / 100%, misspelt names 95.6% / 100% / 100%, statements 92.6% / 97.1% /
  // 93.8%, Nynorsk 100% / 100% / 96.9%.
  { file: 'heldout/fresh-EF1.jsonl', answerable: 0.94, reached: 0.98, declines: 0.97 },
  // EG1-EG4 (forty-second session: messages dictated by voice, comparisons with other news, Norwegian-English
  // code-switching, source-criticism students), on the session's first engine (10b0938), never tuned on before: 261 / 269 /
  // 126 (96.0% / 98.9% / 98.4%). Dictated 95.6% / 98.5% / 100%, comparisons 94.1% / 97.1% / 100%, code-switching 98.5% /
  // 100% / 100%, source criticism 95.6% / 100% / 93.8%. Tuned on after.
  { file: 'heldout/fresh-EG1.jsonl', answerable: 0.975, reached: 0.99, declines: 0.99 },
  // EH1-EH4 (written after EG's tuning: teachers checking answers, wrong premises, search-box queries, learners of
  // Norwegian and English), on that engine (1fc998c, four training strings EH held word for word taken out of data/ first;
  // the same on the session's first engine): 249 / 267 / 126 (91.5% / 98.2% / 98.4%). Teachers 98.5% / 98.5% / 100%, wrong
  // premises 75.0% / 95.6% / 96.9%, search box 95.6% / 98.5% / 100%, learners 97.1% / 100% / 96.9%. Tuned on after.
  { file: 'heldout/fresh-EH1.jsonl', answerable: 0.925, reached: 0.98, declines: 0.99 },
  // EI1-EI4 (written after EH's tuning: order and comparison within the story, words and terms, autocorrect-mangled
  // messages, radio hosts asking for the gist), on b5d709a (one training string taken out first; the same on the session's
  // first engine): 240 / 259 / 122 (88.2% / 95.2% / 95.3%). Order 86.8% / 95.6% / 96.9%, terms 89.7% / 97.1% / 93.8%,
  // autocorrect 88.2% / 95.6% / 96.9%, radio hosts 88.2% / 92.6% / 93.8%. Tuned on after.
  { file: 'heldout/fresh-EI1.jsonl', answerable: 0.91, reached: 0.97, declines: 0.96 },
  // EJ1-EJ4 (written after EI's tuning: parents explaining to children, negated questions, who the people and bodies are,
  // emoji and all-caps), on 0fcaedf (three training strings taken out first; the same on the session's first engine): 250
  // / 264 / 121 (91.9% / 97.1% / 94.5%). Parents 94.1% / 98.5% / 96.9%, negation 92.6% / 97.1% / 84.4%, who they are 91.2%
  // / 95.6% / 96.9%, emoji 89.7% / 97.1% / 100%. Tuned on after.
  { file: 'heldout/fresh-EJ1.jsonl', answerable: 0.93, reached: 0.98, declines: 0.96 },
  // EK1-EK4 (written after EJ's tuning: pictures described, other outlets citing the story, spoken dialects, two questions
  // in one message), on da7dad6 (two training strings taken out first; 232 / 259 / 122 on the session's first engine): 233
  // / 260 / 122 (85.7% / 95.6% / 95.3%). Pictures described 73.5% / 91.2% / 87.5%, citing 95.6% / 98.5% / 96.9%, dialects
  // 92.6% / 100% / 96.9%, two questions 80.9% / 92.6% / 100%. Tuned on after (a question answered and one part not given
  // is still declined as a detail, the entry offered: answering it with a note gained 41 and answered 132 declines).
  { file: 'heldout/fresh-EK1.jsonl', answerable: 0.86, reached: 0.955, declines: 0.95 },
  // EL1-EL4 (written after EK's tuning: replies quoting an earlier message, English of German, French, Spanish and Italian
  // speakers, sarcastic askers, students asking where it is said), on 72dca93 (one out-of-scope text taken out first; 248 /
  // 256 / 119 on the session's first engine): 249 / 257 / 119 (91.5% / 94.5% / 93.0%). Quoted replies 94.1% / 95.6% / 75.0%,
  // European English 91.2% / 92.6% / 100%, sarcasm 89.7% / 92.6% / 96.9%, citations 91.2% / 97.1% / 100%. Tuned on after.
  { file: 'heldout/fresh-EL1.jsonl', answerable: 0.915, reached: 0.945, declines: 0.935 },
  // EM1-EM5 (forty-third session: people who half remember the story, askers putting forward their own guess with a tag
  // question (EM2 and EM5, two helpers' sets from one brief), teenagers' slang, the story shortened or simplified), on the
  // session's first engine 986df86 (EM1, EM3, EM4) and with EM1's fixes (EM2, EM5; the same on 986df86): 322 / 335 / 148
  // (94.7% / 98.5% / 92.5%). Half-remembered 97.1% / 97.1% / 100%, guesses 92.6% / 98.5% / 81.3% and 92.6% / 98.5% /
  // 93.8%, slang 100% / 100% / 93.8%, shortened 91.2% / 98.5% / 93.8%. Tuned on after.
  { file: 'heldout/fresh-EM1.jsonl', answerable: 0.955, reached: 0.985, declines: 0.925 },
  // EN1-EN4 (written after EM's tuning: vague first messages leaning on "it" and "they", dyslexic phonetic spelling, times and
  // numbers in words, school tasks with their task verbs), on 6e698d2 (EN3, EN4), edafd89 (EN2) and a726d5a (EN1, three
  // training strings it held taken out first); the same on 986df86: 234 / 256 / 122 (86.0% / 94.1% / 95.3%). Vague 76.5% / 88.2% / 96.9%, phonetic 85.3% /
  // 95.6% / 93.8%, in words 92.6% / 95.6% / 96.9%, school tasks 89.7% / 97.1% / 93.8%. Tuned on after.
  { file: 'heldout/fresh-EN1.jsonl', answerable: 0.865, reached: 0.945, declines: 0.95 },
  // 97.0% -> 96.6% answered when "how many shells" became a detail the article lacks (the entry offered): "how many
  // artillery shells are we talking about?" is labelled answerable here and in F and Q6, a decline in I, Q2 and V8.
  // 96.6% -> 97.4% in the thirty-eighth session: "hard proof" (a change made for DU) and "should we read anything into
  // them" (made for this set's own question).
  { file: 'questions.jsonl', answerable: 0.97, reached: 0.99, declines: 0.97 },
  // Answered 96.7% -> 95.9% when the training texts sets I and J shared were taken out of data/, and back to 96.7% since.
  // With the decision fitted on realistic messages (issue 9, decide): answered 96.7% -> 98.4%, declines 100% -> 98.4%
  // (one of 63 more answered).
  // 98.4% -> 97.6% when O2's shared strings left data/ ("Hva var lasten?" had answered "lasten?").
  { file: 'dev.jsonl', answerable: 0.975, reached: 0.99, declines: 0.98 },
];
// Sets kept blind (not run by this gate) until the engine built without them has been scored on them: none now.
const BLIND: string[] = [];
// A set's own `language` floor, where it has one, replaces this (why is said beside it).
const LANGUAGE_FLOOR = 0.985;
// Statuses of entries that review what somebody claims: their answers must say who claims it.
const CLAIM_STATUSES = new Set(['unproven', 'disputed', 'suspected', 'stated', 'refuted', 'confirmed']);

const engine = seedEngine();
const normalise = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe.each(SETS)('evaluation gate: test/eval/$file', (set) => {
  const items = readEvaluationSet(path.join(PROJECT_ROOT, 'test', 'eval', set.file));
  const answers = new Map(items.map((i) => [i.q, engine.ask(i.q)]));
  const report = evaluate(items, (q) => answers.get(q)!);

  // 120: what one helper writes in one sitting (Q2); most sets hold 150 or more.
  it('is a set worth gating on: at least 120 questions, a quarter of them to decline', () => {
    expect(items.length).toBeGreaterThanOrEqual(120);
    expect(items.filter((i) => i.expect.length === 0).length).toBeGreaterThanOrEqual(items.length / 4);
  });

  it(`answers at least ${set.answerable * 100}% of answerable questions right`, () => {
    expect(ratio(report.answerable)).toBeGreaterThanOrEqual(set.answerable);
  });

  it(`reaches a right entry (answered, or among the suggestions) for at least ${set.reached * 100}%`, () => {
    expect(ratio(report.reached)).toBeGreaterThanOrEqual(set.reached);
  });

  it(`declines at least ${set.declines * 100}% of the questions the article does not answer`, () => {
    expect(ratio(report.declines)).toBeGreaterThanOrEqual(set.declines);
  });

  const languageFloor = ('language' in set ? set.language : undefined) ?? LANGUAGE_FLOOR;
  it(`answers in the asker's language at least ${languageFloor * 100}% of the time (noise has no language)`, () => {
    const worded = items.filter((i) => !i.tags.includes('noise'));
    const right = worded.filter((i) => answers.get(i.q)!.lang === i.lang).length;
    expect(right / worded.length).toBeGreaterThanOrEqual(languageFloor);
  });

  it('names who makes the claim in every answer about a claim', () => {
    const claims = [...answers.values()].filter((a) => a.status !== null && CLAIM_STATUSES.has(a.status));
    for (const a of claims) {
      expect(a.sources.length, a.question).toBeGreaterThan(0);
      for (const name of a.sources) expect(a.answer, a.question).toContain(name);
    }
  });
});

describe('evaluation sets and training data', () => {
  it('share no question: no evaluation question stands among the training questions', () => {
    const kb = loadSeedFiles(DATA_DIR);
    const training = new Set<string>();
    for (const e of kb.entries) for (const q of [...e.questions.nb, ...e.questions.en]) training.add(normalise(q));
    for (const c of kb.conversation) for (const q of [...c.questions.nb, ...c.questions.en]) training.add(normalise(q));
    for (const q of [...kb.outOfScope.nb, ...kb.outOfScope.en]) training.add(normalise(q));
    const evalDir = path.join(PROJECT_ROOT, 'test', 'eval');
    const files = [...SETS.map((s) => s.file), ...BLIND];
    expect(files.sort()).toEqual(
      [...fs.readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')), ...fs.readdirSync(path.join(evalDir, 'heldout')).map((f) => `heldout/${f}`)].sort(),
    );
    const shared = files.flatMap((f) =>
      readEvaluationSet(path.join(evalDir, f))
        .filter((i) => training.has(normalise(i.q)))
        .map((i) => `${f}: ${i.q}`),
    );
    expect(shared).toEqual([]);
  });
});
