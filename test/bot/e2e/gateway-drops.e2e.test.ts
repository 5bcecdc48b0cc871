import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDbs, startInProcessBot, type BotUnderTest } from '../../support/bot-harness.js';
import { FakeDiscord, type FakeUser } from '../../support/fake-discord/fake-discord.js';

// The gateway going wrong in the middle of a conversation: heartbeats no longer acknowledged (a
// zombie connection only the client can notice) and Discord asking the bot to reconnect (op 7).
// Each time the bot must RESUME its session (no new IDENTIFY) and answer what was asked meanwhile.

let fake: FakeDiscord;
let bot: BotUnderTest;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  fake.gateway.heartbeatIntervalMs = 300; // so a missing ACK is noticed within a second
  bot = await startInProcessBot(fake);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  removeTempDbs();
}, 30_000);

function ask(member: FakeUser, text: string) {
  const guild = fake.guilds[0];
  return fake.postMessage({ author: member, guild, content: fake.mention(text), mentions: [fake.botUser] });
}

describe('the gateway drops mid-conversation', () => {
  it('heartbeat ACKs stop: the bot notices the zombie connection, resumes, and answers the question asked meanwhile', async () => {
    const member = fake.createUser('conversing-member');
    const first = await fake.replyTo(ask(member, 'Did the train carry horses?'));
    expect(first.body.embeds![0]!.title).toBeTruthy();
    const events = fake.gateway.events;
    const shard = fake.shardOfGuild(fake.guilds[0]);
    const session = fake.gateway.session(shard)!;
    const identifies = events.filter((e) => e.type === 'identify').length;
    const before = events.items.length;

    fake.gateway.ackHeartbeats = false;
    await events.waitFor(
      (e) => e.type === 'closed' && e.sessionId === session.id && events.items.indexOf(e) >= before,
      'the bot closing a zombie connection',
      10_000,
    );
    fake.gateway.ackHeartbeats = true;
    // Asked while the bot is away: Discord keeps it for the session and replays it on RESUME.
    const second = ask(member, 'Hvem tok satellittbildene?');
    const resume = await events.waitFor((e) => e.type === 'resume' && e.sessionId === session.id && events.items.indexOf(e) >= before, 'a RESUME');
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    const reply = await fake.replyTo(second);
    expect(reply.body.embeds![0]!.fields!.find((f) => f.name === 'Kilder')).toBeTruthy();
    expect(events.filter((e) => e.type === 'identify')).toHaveLength(identifies);
    // And the conversation goes on.
    expect((await fake.replyTo(ask(member, 'Who analysed the images?'))).status).toBe(200);
  });

  it('Discord asks the bot to reconnect (op 7): it resumes the same session and answers what came meanwhile', async () => {
    const member = fake.createUser('op7-member');
    const events = fake.gateway.events;
    const shard = fake.shardOfGuild(fake.guilds[0]);
    const session = fake.gateway.session(shard)!;
    const identifies = events.filter((e) => e.type === 'identify').length;
    const before = events.items.length;
    fake.gateway.requestReconnect(shard);
    await events.waitFor((e) => e.type === 'closed' && e.sessionId === session.id && events.items.indexOf(e) >= before, 'the bot closing to reconnect');
    const asked = ask(member, 'Is North Korea sending weapons to Russia?');
    await events.waitFor((e) => e.type === 'resume' && e.sessionId === session.id && events.items.indexOf(e) >= before, 'a RESUME after op 7');
    expect((await fake.replyTo(asked)).status).toBe(200);
    expect(events.filter((e) => e.type === 'identify')).toHaveLength(identifies);
  });
});
