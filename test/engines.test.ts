// `npm ci` on the Node the README supports prints no EBADENGINE warning: every installed package's `engines.node`
// admits the running Node (package.json's overrides pin the versions that do), except the ones the README's
// "Node 20 and engines" section names with the reason they stay.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Packages whose every published version declares a newer Node than they need here (README: "Node 20 and engines"). */
const DOCUMENTED = new Set(['@prisma/streams-local']);

interface Manifest { name?: string; version?: string; engines?: { node?: string } }

/** Every package of the lock file that is installed, with its installed manifest. */
function installed(): { where: string; manifest: Manifest }[] {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return Object.keys(lock.packages)
    .filter((where) => where !== '' && existsSync(path.join(ROOT, where, 'package.json')))
    .map((where) => ({ where, manifest: JSON.parse(readFileSync(path.join(ROOT, where, 'package.json'), 'utf8')) as Manifest }));
}

/** The lowest Node package.json's engines admits (20.19.0 for ">=20.19"): what the README promises to run on. */
function lowestSupportedNode(): string {
  const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
  return semver.minVersion(own.engines!.node!)!.version;
}

/** The installed packages whose engines.node refuses `node`, but the documented ones. */
function refusing(node: string): string[] {
  return installed()
    .filter(({ manifest }) => manifest.engines?.node && !semver.satisfies(node, manifest.engines.node, { includePrerelease: true }))
    .filter(({ manifest }) => !DOCUMENTED.has(manifest.name!))
    .map(({ where, manifest }) => `${manifest.name}@${manifest.version} (${where}) wants node ${manifest.engines!.node}`);
}

describe('engines', () => {
  it(`every installed package admits Node ${process.version}, but the documented ones`, () => {
    expect(installed().length).toBeGreaterThan(100);
    expect(refusing(process.version)).toEqual([]);
  });

  // CI may run a newer Node than the oldest one supported: an upgrade that drops it must fail here too.
  it('every installed package admits the lowest Node package.json supports, but the documented ones', () => {
    expect(lowestSupportedNode()).toBe('20.19.0');
    expect(refusing(lowestSupportedNode())).toEqual([]);
  });

  it('the README names each exception and why it stays', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Node 20 and engines'));
    expect(section.length).toBeLessThan(readme.length);
    for (const name of DOCUMENTED) expect(section).toContain(`\`${name}\``);
  });

  // npm 11.16+ lists, after every install, the dependencies whose install scripts package.json's allowScripts has
  // not reviewed; npm 12 skips them. Every one the lock file marks is decided there, so `npm ci` says nothing.
  it('every dependency with an install script is approved or denied in allowScripts', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => typeof own.allowScripts?.[name] !== 'boolean')).toEqual([]);
  });

  it('the project itself supports the Node it runs on', () => {
    const own = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
    expect(semver.satisfies(process.version, own.engines!.node!)).toBe(true);
  });
});
