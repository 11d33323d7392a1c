import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA is served by the API at /, and talks to it at /graphql. In development (`npm run dev
// -w frontend`) Vite proxies /graphql to a running `cairn api`.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': `http://127.0.0.1:${process.env.CAIRN_API_PORT ?? 8080}` } },
  build: { outDir: 'dist', emptyOutDir: true },
});
