/**
 * The command line as one bundle: `factbot ask` from a cold start loaded ~180 modules of our own one by one, most of its
 * start-up (bench/NOTES.md). `npm run build` compiles src/ with tsc, then writes dist/cli/main.js (and the chunks its
 * commands load on demand) over tsc's from the same sources. Packages stay external: they load as they always did.
 * The output sits in dist/cli/ as tsc's does, so paths found from a module's own place (project-paths.ts) hold.
 */
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: { main: 'src/cli/main.ts' },
  platform: 'node',
  // Packages load as they always did; the helpers rolldown writes into the bundle itself are its own.
  external: (id) => /^[^./]/.test(id) && !id.startsWith('@oxc-project/runtime'),
  logLevel: 'warn',
  output: { dir: 'dist/cli', format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'bundle-[name]-[hash].js', sourcemap: true },
});
