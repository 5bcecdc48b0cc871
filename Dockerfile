# syntax=docker/dockerfile:1
# factbot as a container: docs/deploy.md. Build: docker build -t factbot .

# ---- build: the full Node image has the compiler toolchain (python3, make, g++) for better-sqlite3
FROM node:20-bookworm AS build
WORKDIR /app
# better-sqlite3 is compiled here from the npm package against the image's own Node headers:
# nothing is downloaded besides npm packages (no prebuilt binaries, no header tarballs).
ENV npm_config_build_from_source=true \
    npm_config_nodedir=/usr/local
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json rolldown.config.js ./
COPY src ./src
# tsc, then the command line as one bundle (rolldown.config.js: a cold `factbot ask` loads one module, not ~180).
RUN npm run build && npm prune --omit=dev

# ---- run: slim Node 20, no compiler, not root
FROM node:20-bookworm-slim AS run
ENV NODE_ENV=production \
    FACTBOT_DB=/data/factbot.db \
    FACTBOT_HTTP_HOST=0.0.0.0 \
    FACTBOT_HTTP_PORT=9464
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Read at run time: the version (package.json), the seed and lexicon (data/), the UI text (locales/).
COPY package.json ./
COPY data ./data
COPY locales ./locales
# The database (and backups/ beside it) lives on a volume, owned by the unprivileged user.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 9464
# /healthz on FACTBOT_HTTP_PORT (503 until the gateway is connected); the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "dist/ops/healthcheck.js"]
# SIGTERM: replies in flight are finished, the database closed, exit code 0 (FACTBOT_SHUTDOWN_TIMEOUT_MS).
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
