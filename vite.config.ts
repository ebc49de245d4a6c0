import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is built into dist/web, which the server serves at /.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Source maps would publish the sources as written; `npm run dev` still has them.
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    // The API checks the Origin of writes against PUBLIC_URL; through this proxy the page and
    // the API are one site, so the proxy speaks with the API server's own origin.
    proxy: {
      '/api': {
        target: 'http://127.0.0.1:3000',
        configure: (proxy) => {
          proxy.on('proxyReq', (request) => {
            if (request.getHeader('origin')) request.setHeader('origin', 'http://127.0.0.1:3000');
          });
        },
      },
    },
  },
});
