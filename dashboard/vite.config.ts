// `npm run dashboard:build`: the dashboard as static files in dashboard/dist, which the server serves at
// /dashboard (src/dashboard.ts). Everything is bundled: the page loads nothing from elsewhere.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/dashboard/',
  build: { outDir: 'dist', emptyOutDir: true },
  // `npm run dashboard:dev`: the page with hot reload, its API calls sent to a server on :4000.
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } } },
});
