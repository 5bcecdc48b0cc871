import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../src/config/env.js';
import { PROJECT_ROOT } from '../../src/config/project-paths.js';
import { reportError } from '../../src/cli/run-cli.js';
import { LocalizedError } from '../../src/errors/localized-error.js';

// No container runtime runs on the build machine (docker is only a client there): these checks
// keep the Dockerfile, compose.yaml and the systemd unit consistent with the code instead.
// What they cannot show — that the image builds and starts — docs/deploy.md says how to try.
const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
const known = new Set<string>(CONFIG_VARIABLES);
/** Variables that are not factbot's own but the runtime's or another command's. */
const OTHERS = new Set(['NODE_ENV', 'FACTBOT_DESK_PORT', 'npm_config_build_from_source', 'npm_config_nodedir']);

interface Stage {
  from: string;
  name: string;
  lines: Array<{ instruction: string; args: string }>;
}

/** The Dockerfile's stages and instructions (continuation lines joined, comments dropped). */
function dockerfile(): Stage[] {
  const joined = read('Dockerfile').replace(/\\\n/g, ' ');
  const stages: Stage[] = [];
  for (const raw of joined.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [instruction, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (instruction!.toUpperCase() === 'FROM') {
      const [from, , name] = args.split(/\s+/);
      stages.push({ from: from!, name: name ?? '', lines: [] });
    } else stages.at(-1)!.lines.push({ instruction: instruction!.toUpperCase(), args });
  }
  return stages;
}

const all = (stage: Stage, instruction: string) => stage.lines.filter((l) => l.instruction === instruction).map((l) => l.args);
const envOf = (stage: Stage): Record<string, string> =>
  Object.fromEntries(all(stage, 'ENV').flatMap((args) => [...args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])));

describe('Dockerfile', () => {
  const [build, run] = dockerfile();

  it('builds on Node 20 with the compiler toolchain and runs on the slim Node 20 image', () => {
    expect(build!.from).toMatch(/^node:20-bookworm$/);
    expect(run!.from).toMatch(/^node:20-bookworm-slim$/);
    expect(all(build!, 'RUN').join(' ')).toContain('npm rebuild better-sqlite3');
    expect(all(run!, 'COPY').filter((c) => c.startsWith('--from=build'))).toEqual([
      '--from=build /app/node_modules ./node_modules',
      '--from=build /app/dist ./dist',
    ]);
    // The engine needs only its production dependencies at run time.
    expect(all(build!, 'RUN').join(' ')).toContain('npm prune --omit=dev');
    // The command line's bundle is built beside tsc's output, with its config in the image's build context.
    expect(all(build!, 'RUN').join(' ')).toContain('npm run build');
    expect(all(build!, 'COPY').join(' ')).toContain('rolldown.config.js');
  });

  it('starts the entry point the build produces (src/main.ts -> dist/main.js), as a user that is not root', () => {
    const cmd = JSON.parse(all(run!, 'CMD')[0]!) as string[];
    expect(cmd).toEqual(['node', 'dist/main.js']);
    expect(read('package.json')).toContain('"start": "node dist/main.js"');
    expect(fs.existsSync(path.join(PROJECT_ROOT, 'src', 'main.ts'))).toBe(true);
    const tsconfig = JSON.parse(read('tsconfig.build.json')) as { compilerOptions: { rootDir: string; outDir: string } };
    expect(tsconfig.compilerOptions).toMatchObject({ rootDir: 'src', outDir: 'dist' });
    expect(all(run!, 'USER')).toEqual(['node']);
    expect(all(run!, 'STOPSIGNAL')).toEqual(['SIGTERM']);
  });

  it('copies everything the code reads at run time, and every COPY source exists', () => {
    const copied = all(run!, 'COPY')
      .filter((c) => !c.startsWith('--from'))
      .map((c) => c.split(/\s+/)[0]);
    // package.json (the version), data/ (seed and lexicon), locales/ (every user-visible string).
    expect(copied.sort()).toEqual(['data', 'locales', 'package.json']);
    for (const stage of [build!, run!])
      for (const args of all(stage, 'COPY').filter((c) => !c.startsWith('--from')))
        for (const source of args.split(/\s+/).slice(0, -1)) expect(fs.existsSync(path.join(PROJECT_ROOT, source)), source).toBe(true);
    const ignored = read('.dockerignore').split('\n');
    for (const needed of ['src', 'data', 'locales', 'package.json', 'package-lock.json']) expect(ignored).not.toContain(needed);
  });

  it('names only variables src/config/env.ts knows, with values it accepts; the database is on the volume; port and health check agree', () => {
    const env = envOf(run!);
    for (const name of Object.keys(env)) expect(known.has(name) || OTHERS.has(name), name).toBe(true);
    for (const name of Object.keys(envOf(build!))) expect(OTHERS.has(name), name).toBe(true);
    const config = loadConfig(Object.fromEntries(Object.entries(env).filter(([k]) => known.has(k))));
    expect(all(run!, 'VOLUME')).toEqual([path.posix.dirname(config.FACTBOT_DB)]);
    expect(all(run!, 'RUN').join(' ')).toContain(`chown node:node ${path.posix.dirname(config.FACTBOT_DB)}`);
    expect(all(run!, 'EXPOSE')).toEqual([String(config.FACTBOT_HTTP_PORT)]);
    // Inside a container the server must listen beyond loopback to be reachable at all.
    expect(config.FACTBOT_HTTP_HOST).toBe('0.0.0.0');
    // The health check script asks /healthz on FACTBOT_HTTP_PORT (tested against the real bot in test/ops).
    expect(all(run!, 'HEALTHCHECK')[0]).toMatch(/CMD \["node", "dist\/ops\/healthcheck\.js"\]$/);
    expect(fs.existsSync(path.join(PROJECT_ROOT, 'src', 'ops', 'healthcheck.ts'))).toBe(true);
  });
});

describe('compose.yaml', () => {
  const compose = parseYaml(read('compose.yaml')) as {
    services: Record<
      string,
      {
        environment: Record<string, string>;
        volumes: string[];
        ports: string[];
        healthcheck?: { test: string[] };
        profiles?: string[];
        command?: string[];
        init?: boolean;
      }
    >;
    volumes: Record<string, unknown>;
  };
  const [build, run] = dockerfile();

  it('runs the bot with its database on the named volume the image declares, a health check on /healthz, and the port on loopback', () => {
    const bot = compose.services.bot!;
    const env = bot.environment;
    for (const name of Object.keys(env)) expect(known.has(name), name).toBe(true);
    const config = loadConfig(env);
    const [volume, mount] = bot.volumes[0]!.split(':');
    expect(compose.volumes).toHaveProperty(volume!);
    expect(mount).toBe(path.posix.dirname(config.FACTBOT_DB));
    expect(all(run!, 'VOLUME')).toEqual([mount]);
    expect(bot.ports).toEqual([`127.0.0.1:${config.FACTBOT_HTTP_PORT}:${config.FACTBOT_HTTP_PORT}`]);
    expect(bot.healthcheck!.test).toEqual(['CMD', 'node', 'dist/ops/healthcheck.js']);
    expect(bot.init).toBe(true);
    expect(build).toBeDefined();
  });

  it('leaves the desk (`factbot desk`, FACTBOT_DESK_PORT) behind a profile, on the same volume', () => {
    const desk = compose.services.desk!;
    expect(desk.profiles).toEqual(['desk']);
    expect(desk.command).toEqual(['node', 'dist/cli/main.js', 'desk']);
    expect(desk.volumes).toEqual(compose.services.bot!.volumes);
    expect(desk.ports).toEqual([`127.0.0.1:${desk.environment.FACTBOT_DESK_PORT}:${desk.environment.FACTBOT_DESK_PORT}`]);
    // Its health check asks the desk's own login page, on the port it listens on.
    expect(desk.healthcheck!.test.join(' ')).toContain(`http://127.0.0.1:${desk.environment.FACTBOT_DESK_PORT}/login`);
  });
});

describe('deploy/factbot.service (systemd)', () => {
  const unit = read('deploy/factbot.service');
  const value = (key: string) => unit.match(new RegExp(`^${key}=(.*)$`, 'm'))?.[1];

  it('runs the built entry point as its own user, restarts on failure (not on a configuration error), stops with SIGTERM', () => {
    expect(value('ExecStart')).toMatch(/^\/usr\/bin\/node \S+\/dist\/main\.js$/);
    expect(value('User')).toBe('factbot');
    expect(value('Restart')).toBe('on-failure');
    // Exit code 2 is what factbot gives for a configuration error (reportError in src/cli/run-cli.ts, which src/main.ts exits with).
    expect(value('RestartPreventExitStatus')).toBe('2');
    expect(read('src/main.ts')).toContain('process.exit(reportError(error))');
    let configError: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: 'tiny' });
    } catch (error) {
      configError = error;
    }
    expect(configError).toBeInstanceOf(LocalizedError);
    expect(reportError(configError as LocalizedError, 'en')).toBe(2);
    expect(value('KillSignal')).toBe('SIGTERM');
    expect(Number(value('TimeoutStopSec'))).toBeGreaterThan(loadConfig({}).FACTBOT_SHUTDOWN_TIMEOUT_MS / 1000);
    expect(value('EnvironmentFile')).toBe('/etc/factbot/factbot.env');
  });

  it('its example environment file names only known variables, valid together, with the database in the state directory', () => {
    const lines = read('deploy/factbot.env.example')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    const env = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    for (const name of Object.keys(env)) expect(known.has(name), name).toBe(true);
    const config = loadConfig(env);
    expect(path.posix.dirname(config.FACTBOT_DB)).toBe(`/var/lib/${value('StateDirectory')}`);
    expect(value('ReadWritePaths')).toBe(path.posix.dirname(config.FACTBOT_DB));
    expect(config.FACTBOT_HTTP_HOST).toBe('127.0.0.1');
  });
});

describe('README.md configuration table', () => {
  it('describes every variable src/config/env.ts reads', () => {
    const readme = read('README.md');
    for (const name of CONFIG_VARIABLES) expect(readme, name).toContain(`\`${name}\``);
  });
});
