import { posix } from 'node:path';
import { build } from 'esbuild';

/**
 * Bundle and minify a page's inline script at build time from sources given as text (a component's
 * `import.meta.glob(…, { query: '?raw', eager: true })`), so esbuild never reads the disk and the
 * script ships inside the HTML. `sources` maps paths relative to the calling component ("./x.ts",
 * "../y.ts") to their TypeScript; `entry` is one of them. Returns the IIFE's code.
 * @throws {Error} naming `caller` when the entry imports a file that is not in `sources`
 */
export async function bundleInlineScript(
  caller: string,
  entry: string,
  sources: Record<string, string>,
): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    plugins: [
      {
        name: 'inline-script-sources',
        setup(bundler) {
          bundler.onResolve({ filter: /.*/ }, ({ path, importer }) => {
            const joined = posix.join(
              importer ? posix.dirname(importer) : '.',
              path.endsWith('.ts') ? path : `${path}.ts`,
            );
            return { path: joined.startsWith('.') ? joined : `./${joined}`, namespace: 'inline' };
          });
          bundler.onLoad({ filter: /.*/, namespace: 'inline' }, ({ path }) => {
            const contents = sources[path];
            if (contents === undefined) throw new Error(`${caller}: ${path} is not in its inline script's sources`);
            return { contents, loader: 'ts' };
          });
        },
      },
    ],
  });
  return outputFiles[0]!.text.trim();
}
