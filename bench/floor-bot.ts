/**
 * The floor for the Discord measurement: a bare discord.js bot that answers every message that
 * mentions it (or is a DM) with one fixed embed and a row of buttons, the shape of factbot's answer,
 * and does nothing else (no engine, no database, no logging). The bench measures it against the same
 * local Discord in the same run, so factbot's event-to-reply times are read as ratios to what
 * discord.js itself costs on this machine at that moment.
 *
 * Env: DISCORD_TOKEN, DISCORD_API_BASE (as the bot's). Prints {"msg":"bot ready"} on stderr when ready.
 */
import { ButtonStyle, Client, ComponentType, Events, GatewayIntentBits, Partials, type MessageCreateOptions } from 'discord.js';

const REPLY: MessageCreateOptions = {
  embeds: [
    {
      color: 0xf1c40f,
      author: { name: '🟡 Unproven' },
      title: 'Did the train carry artillery shells?',
      description:
        'According to the US, North Korea is supplying Russia with artillery shells. The article says the satellite images show a train crossing the border; what it carried is not known.',
      fields: [{ name: 'Sources', value: 'TV 2 (2 November 2022); White House, John Kirby' }],
      footer: { text: 'Based on TV 2’s article of 2 November 2022 · match 92%' },
    },
  ],
  components: [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Sources', custom_id: 'floor:sources' },
        { type: ComponentType.Button, style: ButtonStyle.Success, label: 'Useful', custom_id: 'floor:vote:1' },
        { type: ComponentType.Button, style: ButtonStyle.Danger, label: 'Not useful', custom_id: 'floor:vote:0' },
      ],
    },
  ],
  allowedMentions: { parse: [], repliedUser: false },
};

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  partials: [Partials.Channel],
  rest: { api: process.env.DISCORD_API_BASE ?? 'https://discord.com/api' },
});

client.on(Events.MessageCreate, (message) => {
  if (message.author.bot) return;
  if (message.inGuild() && !message.mentions.users.has(client.user!.id)) return;
  message.reply(REPLY).catch((error: unknown) => process.stderr.write(`floor bot: reply failed: ${String(error)}\n`));
});
client.once(Events.ClientReady, () => process.stderr.write(`${JSON.stringify({ level: 30, msg: 'bot ready' })}\n`));
process.once('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
client.login(process.env.DISCORD_TOKEN).catch((error: unknown) => {
  process.stderr.write(`floor bot: ${String(error)}\n`);
  process.exit(1);
});
