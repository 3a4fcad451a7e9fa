// Builds the app and the bare React reference page with Vite, and serves each with
// `vite preview` on 127.0.0.1. Every server started here is stopped by its pid.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
export const referenceConfig = path.join(root, 'bench', 'reference', 'vite.config.ts');

/** Runs a Node script to the end; resolves with its stdout, rejects with its output on failure. */
export function runNode(args, { label = args.join(' '), env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`}):\n${stdout}${stderr}`));
    });
  });
}

/** `vite build` of the app into dist/, or of the reference page into `outDir`. */
export function viteBuild({ config, outDir } = {}) {
  const args = [viteBin, 'build', '--logLevel', 'warn'];
  if (config) args.push('--config', config);
  if (outDir) args.push('--outDir', outDir, '--emptyOutDir');
  return runNode(args, { label: `vite build${config ? ` --config ${config}` : ''}` });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** `vite preview` of a build; resolves once it answers. */
export async function startPreview({ config, outDir } = {}) {
  const port = await freePort();
  const args = [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (config) args.push('--config', config);
  if (outDir) args.push('--outDir', outDir);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const server = {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL');
    },
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    try {
      if ((await fetch(server.url)).ok) return server;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`vite preview did not start on ${server.url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
