// Starts a real regie server with fresh demo data for one browser test file.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Starts `REGIE_BIN serve --db <fresh temp file> --port 0 --demo` and waits until it listens.
 * Returns { baseURL, db, stop }; stop() sends SIGTERM, waits for the exit and removes the
 * database. `db` is the SQLite file, for `regie token create --db`.
 */
export async function startServer({ timeoutMs = 30_000 } = {}) {
  const bin = process.env.REGIE_BIN;
  if (!bin) throw new Error('REGIE_BIN is niet gezet (pad naar het gebouwde regie-programma)');
  const dir = mkdtempSync(join(tmpdir(), 'regie-browser-'));
  const db = join(dir, 'regie.db');
  const child = spawn(
    bin,
    ['serve', '--db', db, '--port', '0', '--demo', '--assets', join(repo, 'node_modules')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));

  const baseURL = await new Promise((done, fail) => {
    let stdout = '';
    const timer = setTimeout(() => {
      fail(new Error(`regie luisterde niet binnen ${timeoutMs} ms\n${stdout}\n${stderr}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const m = stdout.match(/regie luistert op (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        done(m[1]);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      fail(err);
    });
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      fail(new Error(`regie stopte voortijdig (code ${code}, signaal ${signal})\n${stderr}`));
    });
  }).catch((err) => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  });
  // Keep draining stdout so the server never blocks on a full pipe.
  child.stdout.resume();

  let stopped = null;
  async function stop() {
    if (!stopped) {
      stopped = (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        const result = await exited;
        clearTimeout(kill);
        rmSync(dir, { recursive: true, force: true });
        return result;
      })();
    }
    return stopped;
  }
  return { baseURL, db, stop, stderr: () => stderr };
}
