# syntax=docker/dockerfile:1
# One image for all five Newsflow apps; the command chooses the app:
#   node dist/apps/fetcher/src/main.js | parser | enricher | indexer | api
#   node dist/apps/cli/src/main.js migrate | topics create     (one-shot jobs)
# Build: docker build -t newsflow:local .

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: all dependencies, compile TypeScript into dist/ ---------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY libs ./libs
COPY apps ./apps
COPY bench ./bench
RUN node bin/build.js

# --- runtime: production dependencies and dist/ only, as an unprivileged user ---------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HTTP_PORT=9464 \
    npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The entity tagger's weights (read at warm-up, found by walking up from dist/libs/enrichment/src/ner/tagger).
COPY --from=build /app/libs/enrichment/models/ner-tagger.bin.gz ./libs/enrichment/models/ner-tagger.bin.gz
# The image runs as the unprivileged `node` user (uid 1000) of the base image; nothing in /app is writable by it.
USER node
EXPOSE 9464 3000
# Let the app finish its batch and commit on SIGTERM (bootstrapStage handles it); `docker stop` waits 10 s by
# default, compose sets stop_grace_period to 30 s.
STOPSIGNAL SIGTERM
CMD ["node", "dist/apps/fetcher/src/main.js"]
