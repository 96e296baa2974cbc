// The house's shape, checked: layers point one way with no import cycle (the rules in .dependency-cruiser.cjs,
// which `npm run deps:check` also runs), the top-level folders of src/ form no cycle, and no file in src/ does
// so many jobs that it runs past 300 lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const MAX_LINES = 300;

async function cruiseSrc(): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
  const { output } = await cruise(['src'], { ...options, validate: true });
  return output as ICruiseResult;
}

/** src/graphql/x.ts -> graphql; src/server.ts -> (root) */
const folderOf = (file: string) => (file.split('/').length > 2 ? file.split('/')[1] : '(root)');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === 'generated') return [];
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('architecture', () => {
  it('has no import cycle and no import against the layers', { timeout: 60_000 }, async () => {
    const result = await cruiseSrc();
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (cycle ${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`);
    expect(violations).toEqual([]);
    // The cruise saw the code (a parser that found nothing would pass every rule).
    expect(result.summary.totalCruised).toBeGreaterThan(80);
    expect(result.modules.find((m) => m.source === 'src/domain/identity.ts')?.dependencies.map((d) => d.resolved)).toContain('src/domain/viewer.ts');
  });

  it('keeps the top-level folders of src/ in an order with no cycle', { timeout: 60_000 }, async () => {
    const result = await cruiseSrc();
    const edges = new Map<string, Set<string>>();
    for (const m of result.modules) {
      for (const d of m.dependencies) {
        const [from, to] = [folderOf(m.source), folderOf(d.resolved)];
        if (from !== to && d.resolved.startsWith('src/') && to !== 'generated') edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    // Depth-first search; the root files compose everything and are left out, as nothing below them uses them.
    edges.delete('(root)');
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (folder: string, trail: string[]) => {
      if (state.get(folder) === 'done') return;
      if (state.get(folder) === 'open') return void cycles.push([...trail, folder].join(' -> '));
      state.set(folder, 'open');
      for (const next of edges.get(folder) ?? []) if (next !== '(root)') visit(next, [...trail, folder]);
      state.set(folder, 'done');
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
    expect([...(edges.get('domain') ?? [])].sort()).toEqual(['db', 'events']);
  });

  it(`has no file in src/ over ${MAX_LINES} lines`, () => {
    const long = sourceFiles('src')
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
