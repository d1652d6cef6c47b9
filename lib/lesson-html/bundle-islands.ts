import path from 'node:path';
import { build } from 'esbuild';

/**
 * The islands' code for the browser: one small starting script and a file per island, on Preact's
 * React-compatible runtime (about a tenth of React DOM's size). The components stay ordinary React
 * components; only this bundle swaps the runtime under them.
 */
export async function bundleIslands(outdir: string): Promise<{ script: string; files: string[] }> {
  const result = await build({
    entryPoints: { 'lesson-page': 'components/islands/lesson-page.client.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    jsx: 'automatic',
    entryNames: '[name]-[hash]',
    chunkNames: 'part-[hash]',
    alias: {
      react: 'preact/compat',
      'react-dom': 'preact/compat',
      'react/jsx-runtime': 'preact/jsx-runtime',
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const files = Object.keys(result.metafile.outputs).map((file) => path.basename(file));
  // Each island's dynamically imported file is an entry point to esbuild too: the starting script is the one named for the page.
  const entry = Object.entries(result.metafile.outputs).find(([file, output]) => output.entryPoint !== undefined && path.basename(file).startsWith('lesson-page-'));
  if (!entry) throw new Error('The islands bundle has no starting script');
  return { script: path.basename(entry[0]), files };
}
