# Brigade on Node 20. Dependencies install in a full image, which has the
# compiler better-sqlite3 falls back to when no prebuilt binary fits; the
# service runs from the slim image. TypeScript runs through tsx (a runtime
# dependency), so there is no build step.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# DATA_DIR defaults to ./var; the service writes its SQLite store there.
RUN mkdir -p var && chown node:node var
USER node
EXPOSE 3000
CMD ["npm", "start"]
