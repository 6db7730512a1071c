// Builds the web UI into dist/: app.js (with lazily loaded chunks for the
// network and timeline views), app.css and index.html. The output depends
// only on the sources and the pinned packages, so that .ci/web.sh can check
// that the committed dist is exactly what this script makes.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
await mkdir('dist', { recursive: true });
await esbuild.build({
  entryPoints: { app: 'src/app.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: ['es2022'],
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  charset: 'utf8',
  logLevel: 'warning',
});
await esbuild.build({
  entryPoints: { app: 'src/app.css' },
  bundle: true,
  minify: true,
  outdir: 'dist',
  legalComments: 'linked',
  charset: 'utf8',
  logLevel: 'warning',
});
await copyFile('src/index.html', 'dist/index.html');
