// The built app served by `vite preview` for a bench, in its own process
// group so the bench can stop it (process.kill(-child.pid)).
import { spawn, type ChildProcess } from 'node:child_process';

export function startPreview(port: number, outDir: string): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, CI: '1' },
      detached: true,
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) resolve(child);
    });
    child.on('error', reject);
    // A busy port, for one: say so rather than wait for ever.
    child.on('exit', (code) => {
      reject(new Error(`vite preview on port ${String(port)} exited with ${String(code)}`));
    });
  });
}
