/**
 * Messages a bot's engine answers once while it is assembled, before any member asks: the first use of the large
 * message patterns (a request to the bot, a quoted-words request, the article as speaker, a topic asked for bare) has V8
 * compile them (~10 ms each, straight to machine code: see machine-code-pattern.ts), and the JIT compiles the engine's
 * own code on its first questions. Asked at start-up,
 * in slices, that time is not spent on a member's question while the bot's event loop waits.
 */
export const WARM_UP_MESSAGES: readonly string[] = [
  // A request to the bot (request-frame.ts), in English and Norwegian.
  'can you tell me who took the pictures?',
  'kan du fortelle meg hvem som tok bildene?',
  // Someone's exact words asked for (quote-request.ts).
  'hva sa Kirby, ordrett?',
  // The article named as the speaker (article-as-speaker.ts).
  'what does the article say about the horses',
  // A topic asked for bare, or summed up (topic-request.ts).
  'what about the bridge? tldr',
  'hva med hestene? kort fortalt',
  // A long message told around one question (lone-question.ts), with a greeting and a sign-off.
  'Hei! Jeg leste saken i går. Den var lang. Når ble brua stengt? Hilsen Kari',
];
