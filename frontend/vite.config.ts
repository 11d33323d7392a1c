import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA is served by the API at /, and talks to it at /graphql (dump and JSON downloads are
// links to the REST API under /api/). In development (`npm run dev -w frontend`) Vite proxies
// both to a running `cairn api`.
const api = `http://127.0.0.1:${process.env.CAIRN_API_PORT ?? 8080}`;

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': api, '/api': api } },
  build: { outDir: 'dist', emptyOutDir: true },
});
