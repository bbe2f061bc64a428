import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./src/web/workspace', import.meta.url));

/** The institutions' workspace: a React single-page app served at /darbvieta/. */
export default defineConfig(({ command }) => ({
  root,
  base: '/darbvieta/',
  plugins: [react()],
  // A build is always a production build, even when started by the test runner (NODE_ENV=test):
  // otherwise React's development runtime (200 kB more, slower) ends up in dist/.
  define: command === 'build' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
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
