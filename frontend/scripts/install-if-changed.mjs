// The Maven build's dependency step: runs `npm ci` unless node_modules was installed by `npm ci` from exactly this
// package-lock.json (a SHA-256 stamp written after a successful install). A clean checkout, a changed lock file or
// a failed install therefore always gets a full `npm ci`; a rebuild on the same machine skips the reinstall.
// `node scripts/install-if-changed.mjs --force` (or deleting node_modules) installs anyway.
import { createHash } from 'node:crypto';
import process from 'node:process';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const STAMP = 'node_modules/.theogen-package-lock.sha256';
const lock = createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
const force = process.argv.includes('--force');

if (!force && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === lock) {
  console.log('node_modules matches package-lock.json; npm ci skipped');
  process.exit(0);
}
rmSync(STAMP, { force: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}
writeFileSync(STAMP, lock + '\n');
