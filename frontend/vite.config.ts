import { defineConfig } from 'vitest/config';

// The backend serves the built files from the classpath (static/), so the build writes straight into
// the jar's resources. JSX is compiled by esbuild's automatic runtime; no React plugin is needed.
const backend = process.env.THEOGEN_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/api': backend,
      '/v3/api-docs': backend,
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Rendering whole pages in jsdom takes seconds on a busy 2-core machine; 5 s (the default) flakes there.
    testTimeout: 20_000,
  },
});
