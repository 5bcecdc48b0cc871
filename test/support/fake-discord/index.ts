export { FakeDiscord, type FakeGuild, type FakeInteraction, type FakeMessage, type FakeUser, type Where } from './fake-discord.js';
export { FakeGateway, type GatewayEvent, type GatewaySession } from './fake-gateway.js';
export { FakeRest, type RestCall, type RestOverride, type RestResponse } from './fake-rest.js';
export { shardOf, SnowflakeGenerator } from './snowflake.js';
export { WaitableLog } from './waitable-log.js';
export { FakeOAuth, type FakeMembership } from './fake-oauth.js';
