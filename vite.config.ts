import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, dataFiles } from './scripts/vite-plugins';

export default defineConfig({
  plugins: [react(), dataFiles(import.meta.dirname), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    // Playwright owns e2e/; vitest would otherwise try to run its specs.
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
