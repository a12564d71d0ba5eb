import { logger } from "@medusajs/framework/logger"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { assertDeploymentSecrets } from "./src/lib/deployment-secrets"
import { providerEnv } from "./src/lib/provider-env"
import { downloadUrlTtlSeconds } from "./src/lib/downloads/access-token"
import { privateUploadDir } from "./src/lib/downloads/master-storage"
import { useUtcLogTimestamps } from "./src/lib/observability/log-format"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
// A production server never runs on a guessable secret or published password.
assertDeploymentSecrets(process.env)
// Production logs: one JSON object per line, timestamps in UTC (README, "Observability").
useUtcLogTimestamps(logger)

const env = providerEnv(process.env)
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const adminCors = process.env.ADMIN_CORS || `${backendUrl},http://localhost:5173,http://localhost:9000`
const authCors = process.env.AUTH_CORS || `${adminCors},${storefrontUrl}`

// Medusa's Caching Module is always on: it caches the publishable-key lookup
// every /store request makes and our catalogue reads (src/lib/catalogue-cache.ts).
// In memory on one server; in Redis with REDIS_URL, so that several servers
// share entries and invalidations. MUSIC_CACHING=off turns it off (benchmarks
// measure without it).
const cachingOn = process.env.MUSIC_CACHING !== "off"
const cachingModule: Record<string, object> = cachingOn
  ? {
      [Modules.CACHING]: {
        resolve: "@medusajs/medusa/caching",
        options: env.redisUrl
          ? {
              providers: [
                {
                  resolve: "@medusajs/medusa/caching-redis",
                  id: "caching-redis",
                  is_default: true,
                  options: { redisUrl: env.redisUrl },
                },
              ],
            }
          : { in_memory: { enable: true, ttl: 3600, maxKeys: 200_000, maxSize: 256 * 1024 * 1024 } },
      },
    }
  : {}

// Without REDIS_URL Medusa's in-memory defaults apply.
const redisModules: Record<string, object> = env.redisUrl
  ? {
      [Modules.EVENT_BUS]: {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: env.redisUrl },
      },
      [Modules.WORKFLOW_ENGINE]: {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.redisUrl } },
      },
      [Modules.LOCKING]: {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl: env.redisUrl },
            },
          ],
        },
      },
    }
  : {}

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: env.redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors,
      authCors,
      // Outside production Medusa falls back to its own default, with a warning.
      jwtSecret: process.env.JWT_SECRET || undefined,
      cookieSecret: process.env.COOKIE_SECRET || undefined,
    },
    // In production Medusa marks the admin session cookie Secure; a browser
    // then drops it on plain http://localhost and every admin call is 401.
    cookieOptions: { secure: backendUrl.startsWith("https://") },
  },
  admin: {
    backendUrl,
    disable: process.env.DISABLE_ADMIN === "true",
  },
  featureFlags: { caching: cachingOn },
  modules: {
    music: { resolve: "./src/modules/music" },
    playlists: { resolve: "./src/modules/playlists" },
    staff: { resolve: "./src/modules/staff" },
    // Syncs the region's payment providers with this configuration at every start.
    storeStartup: { resolve: "./src/modules/store-startup" },
    ownership: { resolve: "./src/modules/ownership" },
    [Modules.PAYMENT]: {
      resolve: "@medusajs/medusa/payment",
      options: {
        // The built-in system provider (pp_system_default) is always there,
        // so a store without Stripe can still sell.
        providers: env.stripe
          ? [
              {
                resolve: "@medusajs/medusa/payment-stripe",
                id: "stripe",
                options: { apiKey: env.stripe.apiKey, webhookSecret: env.stripe.webhookSecret },
              },
            ]
          : [],
      },
    },
    [Modules.FILE]: {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          env.s3
            ? {
                resolve: "@medusajs/medusa/file-s3",
                id: "s3",
                options: {
                  file_url: env.s3.fileUrl,
                  access_key_id: env.s3.accessKeyId,
                  secret_access_key: env.s3.secretAccessKey,
                  region: env.s3.region,
                  bucket: env.s3.bucket,
                  endpoint: env.s3.endpoint,
                  additional_client_config: env.s3.endpoint ? { forcePathStyle: true } : undefined,
                  // Presigned URLs of masters: the signed download route
                  // redirects to one at once, so it need not outlive it.
                  download_file_duration: downloadUrlTtlSeconds(),
                },
              }
            : {
                resolve: "@medusajs/medusa/file-local",
                id: "local",
                // Private files (masters) outside static/, which anyone may
                // read: only the signed /downloads route sends them.
                options: { backend_url: `${backendUrl}/static`, private_upload_dir: privateUploadDir() },
              },
        ],
      },
    },
    [Modules.NOTIFICATION]: {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          env.sendgrid
            ? {
                resolve: "@medusajs/medusa/notification-sendgrid",
                id: "sendgrid",
                options: { channels: ["email"], api_key: env.sendgrid.apiKey, from: env.sendgrid.from },
              }
            : {
                resolve: "@medusajs/medusa/notification-local",
                id: "local",
                options: { channels: ["email"] },
              },
        ],
      },
    },
    ...redisModules,
    ...cachingModule,
  },
})
