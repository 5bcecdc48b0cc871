import { describe, expect, it } from 'vitest';
import type { FactbotApp } from '../../../src/app/factbot-app.js';
import { FatalConnectionError } from '../../../src/bot/factbot-bot.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { removeTempDbs, startInProcessBot } from '../../support/bot-harness.js';
import { FakeDiscord } from '../../support/fake-discord/fake-discord.js';
import { describeBotScenarios } from './scenarios.js';

// The whole bot in this process: one discord.js client (one shard), the engine, a SQLite file.
describeBotScenarios(
  'the Discord bot (one shard, in process)',
  (fake) => startInProcessBot(fake),
  (context) => {
    it('echoes a question or checked message as typed: no masked link, heading or mention pill renders', async () => {
      const { fake } = context();
      const guild = fake.guilds[0];
      const hostile = `# Verified\n[Official TV 2 source](https://evil.example) <@${fake.botUser.id}> <@&${guild.roles.members}> <#${guild.channels.general}> </kb:1> @everyone Did the train carry horses?`;
      const slash = await fake.callbackOf(
        fake.slashCommand(fake.createUser('prankster'), 'factcheck', [{ name: 'question', type: 3, value: hostile }], { guild }),
      );
      const claim = fake.postMessage({ author: fake.createUser('claimant'), guild, content: hostile });
      const menu = await fake.callbackOf(fake.messageCommand(fake.createUser('checker'), 'Fact-check this message', claim, { guild }));
      for (const call of [slash, menu]) {
        const echo = call.body.data!.embeds![0]!.fields![0]!.value;
        expect(echo).not.toMatch(/^#/m);
        expect(echo).not.toMatch(/(^|[^\\])\[Official TV 2 source\]\(/);
        expect(echo).not.toMatch(/<@\d|<@&\d|<#\d|<\/kb|@everyone/);
        expect(echo.replace(/[\u200b\\]/g, '')).toContain('Official TV 2 source');
        expect(call.body.data!.allowed_mentions).toEqual({ parse: [], replied_user: false });
      }
    });

    it('a handler that fails answers with a short localized apology and logs the error with its context', async () => {
      const { fake, bot } = context();
      const engine = (bot as unknown as { app: FactbotApp }).app.engine;
      const current = engine.current.bind(engine);
      engine.current = () => {
        throw new Error('engine exploded');
      };
      try {
        const guild = fake.guilds[0];
        const msg = fake.postMessage({
          author: fake.createUser('unlucky'),
          guild,
          content: fake.mention('Did the train carry horses?'),
          mentions: [fake.botUser],
        });
        const reply = await fake.replyTo(msg);
        expect(reply.body.content).toBe('Sorry, something went wrong on my side. Please try again in a moment.');
        expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
        const slash = await fake.callbackOf(
          fake.slashCommand(fake.createUser('unlucky-no'), 'factcheck', [{ name: 'question', type: 3, value: 'Fraktet toget hester?' }], {
            guild,
            locale: 'no',
          }),
        );
        expect(slash.body.data).toMatchObject({ flags: 64, content: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.' });
        const errors = bot.logs.filter((l) => l.json?.msg === 'handler failed');
        expect(errors.map((l) => l.json)).toEqual([
          expect.objectContaining({
            event: 'messageCreate',
            surface: 'mention',
            guild: guild.id,
            channel: msg.channel_id,
            err: expect.objectContaining({ message: 'engine exploded' }),
          }),
          expect.objectContaining({
            event: 'interactionCreate',
            command: 'factcheck',
            guild: guild.id,
            err: expect.objectContaining({ message: 'engine exploded' }),
          }),
        ]);
      } finally {
        engine.current = current;
      }
    });
  },
);

describe('a connection Discord refuses for good', () => {
  it('a refused Message Content intent (close 4014) stops the start with what the operator must do', async () => {
    const fake = await FakeDiscord.start();
    try {
      fake.gateway.disallowedIntents = 1 << 15; // MESSAGE_CONTENT: asked for because FACTBOT_CHANNELS is set
      const error = await startInProcessBot(fake).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(FatalConnectionError);
      const { key } = (error as FatalConnectionError).operatorMessage;
      expect(key).toBe('disconnected.disallowedIntents');
      expect(createTranslator()(`discord.operator.${key}`, 'en')).toContain('Enable it under Bot → Privileged Gateway Intents');
      expect(fake.gateway.events.find((e) => e.type === 'rejected')?.code).toBe(4014);
      // Without fact-check channels the privileged intent is not asked for, and the bot connects.
      const bot = await startInProcessBot(fake, { FACTBOT_CHANNELS: '' });
      await bot.stop();
    } finally {
      await fake.stop();
      removeTempDbs();
    }
  });
});
