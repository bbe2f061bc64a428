import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./src/web/workspace', import.meta.url));

/** The institutions' workspace: a React single-page app served at /darbvieta/. */
export default defineConfig(() => ({
  root,
  base: '/darbvieta/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/workspace', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across releases.
        manualChunks: (id: string) => (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id) ? 'react' : undefined),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
}));
