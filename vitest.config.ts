import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // One throw-away PostgreSQL server for the run; the store suite runs against it and SQLite.
    globalSetup: ["test/support/global-setup.ts"],
    // The end-to-end tests spawn the real CLI; give them room on a busy 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
