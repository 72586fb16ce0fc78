# syntax=docker/dockerfile:1
# Balint Pathway in a container: `docker compose up -d` (see compose.yaml and the README).
# Node's major version here matches .nvmrc and package.json's engines (a test checks it).
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: install from the lockfile, generate the Prisma client, drop dev dependencies
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Build tools live in this stage only. better-sqlite3 13 ships binaries for linux x64 and arm64,
# so usually nothing compiles; they are here for a platform it has no binary for.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts tsconfig.json ./
COPY prisma ./prisma
COPY src/db/database-url.ts ./src/db/database-url.ts
COPY src/db/postgres/migrate-adapter.ts ./src/db/postgres/migrate-adapter.ts
# npm ci runs the project's postinstall (prisma generate → src/generated).
RUN npm ci --no-audit --no-fund
COPY src ./src
RUN npm prune --omit=dev --no-audit --no-fund

# ---- runtime: no compilers, a non-root user, tini as PID 1, the data folder as a volume
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
# The code stays root-owned and read-only to the bot; only the data folder is writable.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/src ./src
COPY --from=build /app/package.json /app/package-lock.json /app/prisma.config.ts /app/tsconfig.json ./
COPY --from=build /app/prisma ./prisma
COPY scripts ./scripts
COPY deploy/healthcheck.mjs ./deploy/healthcheck.mjs
# The default DATABASE_URL (file:./data/balint-pathway.db) and BACKUP_DIR (./data/backups) live here.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 3000
# GET /healthz on HEALTH_PORT (Socket Mode) or PORT (HTTP mode): 200 while the bot is healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "deploy/healthcheck.mjs"]
# tini forwards SIGTERM to the bot, which finishes work in flight (up to 10 s) and stops.
ENTRYPOINT ["/usr/bin/tini", "--"]
# The same command as `npm start` (a small young generation: see README, "Memory").
CMD ["node", "--max-semi-space-size=2", "--import", "tsx", "src/main.ts"]
