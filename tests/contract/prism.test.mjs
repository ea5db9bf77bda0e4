// The API contract: every operation of the OpenAPI document, with a valid body and with a body
// the server must refuse, as two roles (beheerder and opdrachtgever), through the validating
// proxy of Prism (`prism proxy --errors`) in front of a real regie server with the demo regio.
// Prism answers itself (422, or 500 with its VIOLATIONS) when a request or a response does not
// match the document; the test fails on any such answer, on a status other than expected, and
// on an operation of the document it did not send.
//
// Offline: Prism comes from node_modules (npm ci); the document is the one the server serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer } from '../browser/server.mjs';
import { scenario } from './scenario.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ROLLEN = ['opdrachtgever', 'beheerder'];
const PRISM_FOUT = 'https://stoplight.io/prism/errors#';

async function vrijePoort() {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => done(port));
    });
  });
}

async function token(db, gebruiker) {
  const { stdout } = await promisify(execFile)(
    process.env.REGIE_BIN,
    ['token', 'create', '--db', db, '--gebruiker', gebruiker],
    { env: process.env },
  );
  return stdout.trim();
}

// `prism proxy DOCUMENT UPSTREAM --errors` on a free port; resolves once it listens.
async function startPrism(documentPad, upstream) {
  const port = await vrijePoort();
  const bin = join(repo, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
  const child = spawn(
    process.execPath,
    [bin, 'proxy', documentPad, upstream, '--errors', '--host', '127.0.0.1', '--port', String(port)],
    // No telemetry, no colours: the test runs offline and reads the log.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DO_NOT_TRACK: '1', SCARF_ANALYTICS: 'false', FORCE_COLOR: '0', NO_COLOR: '1' } },
  );
  let log = '';
  const bewaar = (chunk) => {
    log = (log + chunk).slice(-50_000);
  };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', bewaar);
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`Prism luisterde niet binnen 30 s\n${log}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      bewaar(chunk);
      if (log.includes('Prism is listening')) {
        clearTimeout(timer);
        done();
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`Prism stopte (code ${code})\n${log}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

test('elke operatie van het document klopt met wat de server antwoordt (Prism --errors)', async () => {
  const begin = Date.now();
  const server = await startServer();
  const dir = mkdtempSync(join(tmpdir(), 'regie-contract-'));
  let prism = null;
  try {
    const gestart = Date.now();
    const document = await (await fetch(`${server.baseURL}/api/v1/openapi.json`)).json();
    const documentPad = join(dir, 'openapi.json');
    writeFileSync(documentPad, JSON.stringify(document));
    // Prism starts while the tokens are made (each a run of the binary).
    const [gestartePrism, ...gemaakt] = await Promise.all([
      startPrism(documentPad, `${server.baseURL}/api/v1`),
      ...ROLLEN.map((rol) => token(server.db, rol)),
    ]);
    prism = gestartePrism;
    const tokens = Object.fromEntries(ROLLEN.map((rol, i) => [rol, gemaakt[i]]));
    const klaar = Date.now();

    const fouten = [];
    let verzoeken = 0;
    // One request through Prism; a Prism error (the request or the response does not match the
    // document) is a failure of the contract.
    async function stuur(rol, methode, pad, { body, ifMatch, ruw, contentType } = {}) {
      const headers = { Accept: 'application/json' };
      if (rol) headers.Authorization = `Bearer ${tokens[rol]}`;
      if (body !== undefined) headers['Content-Type'] = contentType ?? 'application/json';
      if (ifMatch !== undefined) headers['If-Match'] = ifMatch;
      const response = await fetch(prism.url + pad, {
        method: methode,
        headers,
        body: body === undefined ? undefined : ruw ? body : JSON.stringify(body),
      });
      verzoeken += 1;
      const tekst = await response.text();
      let json = null;
      try {
        json = tekst ? JSON.parse(tekst) : null;
      } catch {
        json = null;
      }
      const violations = response.headers.get('sl-violations');
      if ((json && typeof json.type === 'string' && json.type.startsWith(PRISM_FOUT)) || violations) {
        fouten.push(`${methode} ${pad} als ${rol}: Prism ${response.status} ${violations ?? ''} ${tekst}`);
      }
      return { status: response.status, headers: response.headers, json };
    }

    const gedaan = new Map();  // operationId → what was sent
    for (const stap of scenario) {
      const waarden = await stap.voor?.({ stuur });
      for (const rol of ROLLEN) {
        const pogingen = stap.body ? ['ongeldig', 'geldig'] : ['geldig'];
        for (const soort of pogingen) {
          const verzoek = stap.verzoek({ rol, soort, waarden });
          const ifMatch = stap.ifMatch ? await stap.ifMatch({ rol, stuur, waarden }) : undefined;
          // A file as the body (an import) goes as it is, with its own media type.
          const antwoord = await stuur(rol, stap.methode, verzoek.pad, {
            body: verzoek.body, ifMatch, ruw: verzoek.contentType !== undefined, contentType: verzoek.contentType,
          });
          const perRol = stap.verwacht[rol];
          const verwacht = Array.isArray(perRol) ? perRol[soort === 'geldig' ? 1 : 0] : perRol;
          const naam = `${stap.operatie} (${soort}) als ${rol}: ${stap.methode} ${verzoek.pad}`;
          if (antwoord.status !== verwacht) {
            fouten.push(`${naam}: status ${antwoord.status}, verwacht ${verwacht} ${JSON.stringify(antwoord.json)}`);
          }
          const eerder = gedaan.get(stap.operatie) ?? new Set();
          eerder.add(`${soort} ${rol}`);
          gedaan.set(stap.operatie, eerder);
          await stap.na?.({ rol, soort, antwoord, waarden });
        }
      }
    }

    // Every operation of the document, as both roles, with both bodies where it takes one.
    for (const [pad, methoden] of Object.entries(document.paths)) {
      for (const [methode, operatie] of Object.entries(methoden)) {
        const gestuurd = gedaan.get(operatie.operationId) ?? new Set();
        const nodig = ROLLEN.flatMap((rol) =>
          operatie.requestBody ? [`geldig ${rol}`, `ongeldig ${rol}`] : [`geldig ${rol}`]);
        const mist = nodig.filter((n) => !gestuurd.has(n));
        if (mist.length > 0) {
          fouten.push(`${methode.toUpperCase()} ${pad} (${operatie.operationId}) niet gestuurd: ${mist.join(', ')}`);
        }
      }
    }
    const s = (van, tot) => ((tot - van) / 1000).toFixed(1);
    console.log(`contract: ${verzoeken} verzoeken via Prism in ${s(klaar, Date.now())} s; ` +
                `server ${s(begin, gestart)} s, Prism en tokens ${s(gestart, klaar)} s`);
    assert.deepEqual(fouten, [], `${fouten.length} afwijkingen van het document:\n${fouten.join('\n')}`);
  } finally {
    if (prism) await prism.stop();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
