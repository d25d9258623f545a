import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The end-to-end tests spawn the real CLI; give them room on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
