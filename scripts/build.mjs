// npm run build: the client bundle, then the server render of every bundled
// article into static HTML (scripts/prerender.mjs). BROADSHEET_OUT_DIR picks
// the output folder (default dist), so parallel builds do not collide.
import { spawnSync } from 'node:child_process';

const outDir = process.env.BROADSHEET_OUT_DIR ?? 'dist';
const ssrDir = `${outDir}-ssr`;
const env = { ...process.env, BROADSHEET_OUT_DIR: outDir, BROADSHEET_SSR_DIR: ssrDir };
const quiet = process.argv.includes('--quiet') ? ['--logLevel', 'warn'] : [];

const steps = [
  ['npx', ['vite', 'build', ...quiet]],
  [
    'npx',
    [
      'vite',
      'build',
      '--ssr',
      'src/entry-server.tsx',
      '--outDir',
      ssrDir,
      '--emptyOutDir',
      ...quiet,
    ],
  ],
  ['node', ['scripts/prerender.mjs']],
];

for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`build failed at: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}
