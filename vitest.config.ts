import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript sources through the
// `renderings-source` export condition, so tests never need a build first.
// Vitest only honours it under ssr.resolve.conditions.
export default defineConfig({
  ssr: { resolve: { conditions: ['renderings-source'] } },
  resolve: { conditions: ['renderings-source'] },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/bench/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks'
  }
})
