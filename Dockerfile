# The Lessons Graph service alone; Neo4j and Meilisearch come from their official images
# (docker-compose.yml). The optional Meilisearch binary package is pruned from the image: the
# engines run in their own containers. The build stage keeps optional packages because Vite's
# bundler (rolldown) and CSS minifier ship their native binaries as optional dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
RUN npx tsc -p tsconfig.build.json && npx vite build --config web/vite.config.ts --logLevel warn && npm prune --omit=dev --omit=optional

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json schema.graphql ./
COPY bin ./bin
COPY src/reference ./src/reference
COPY seeds ./seeds
USER node
EXPOSE 4000
CMD ["node", "bin/lessons-graph.js", "serve"]
