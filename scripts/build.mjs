// Builds what changed, and only that: the server (nest build → dist/) and the staff console
// (vite build → web/dist/). Each output keeps a fingerprint of the sources it was built from, so
// a start without source changes builds nothing. Usage: node scripts/build.mjs [--force]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const force = process.argv.includes('--force');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const TARGETS = [
  {
    name: 'server',
    inputs: ['src', 'workflows', 'migrations', 'scripts', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json'],
    skip: ['bench/results'],
    stamp: 'dist/.build-fingerprint',
    command: [bin('nest'), ['build']],
  },
  {
    name: 'console',
    inputs: ['web', 'package-lock.json'],
    skip: ['web/dist'],
    stamp: 'web/dist/.build-fingerprint',
    command: [bin('vite'), ['build', '--config', 'web/vite.config.mts', '--logLevel', 'warn']],
  },
];

/** Every file under the inputs, in a stable order. */
function filesOf(inputs, skip) {
  const files = [];
  const walk = (path) => {
    const rel = relative(root, path);
    if (skip.includes(rel) || !existsSync(path)) return;
    const entries = readdirSync(path, { withFileTypes: true });
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (!skip.includes(relative(root, child))) files.push(child);
    }
  };
  for (const input of inputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    if (readdirSync(root, { withFileTypes: true }).find((entry) => entry.name === input)?.isDirectory()) walk(path);
    else files.push(path);
  }
  return files.sort();
}

/** The sources' content (names included), so a fresh clone with new file times still matches. */
function fingerprint(target) {
  const hash = createHash('sha256');
  for (const file of filesOf(target.inputs, target.skip)) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

for (const target of TARGETS) {
  const wanted = fingerprint(target);
  const stamp = join(root, target.stamp);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
    console.log(`build: ${target.name} is up to date`);
    continue;
  }
  console.log(`build: ${target.name} …`);
  const started = Date.now();
  const [command, args] = target.command;
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  // Taken again after the build: a build may write sources of its own (the console's component declarations).
  writeFileSync(stamp, fingerprint(target));
  console.log(`build: ${target.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
