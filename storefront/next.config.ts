import type { NextConfig } from "next"

// The storefront has its own package-lock.json inside the backend's repo:
// pin the project root here so Next does not pick the parent folder.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
}

export default nextConfig
