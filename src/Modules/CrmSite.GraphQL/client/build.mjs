// Bundles GraphiQL (src/graphiql.jsx) and Monaco's web workers into ../wwwroot/graphiql/, which the module serves
// under /_content/CrmSite.GraphQL/graphiql/. Run by the module's build (CrmSite.GraphQL.csproj) after `npm ci`.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const outdir = fileURLToPath(new URL('../wwwroot/graphiql/', import.meta.url));
const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  outdir,
};

// GraphiQL's stylesheet already holds Monaco's styles: the stylesheets Monaco's modules import would be duplicates
// that nothing loads (esbuild writes a split chunk's CSS beside it but never links it).
const monacoStylesInGraphiQL = {
  name: 'monaco-styles-in-graphiql',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'monaco-css' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({ contents: '', loader: 'empty' }));
  },
};

await rm(outdir, { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { graphiql: 'src/graphiql.jsx' },
    format: 'esm',
    // Monaco is imported lazily by GraphiQL: a chunk of its own, fetched after the page has rendered.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    jsx: 'automatic',
    plugins: [monacoStylesInGraphiQL],
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  }),
  esbuild.build({
    ...common,
    entryPoints: {
      'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
      'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
      'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
    },
    format: 'iife',
  }),
]);
