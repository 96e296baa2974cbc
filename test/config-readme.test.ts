// Every limit in one place and documented (issue 16): README's configuration table has a row for each setting of
// src/config.ts and no other, and its "Fixed limits" table names each fixed limit of src/domain/fixed-limits.ts. A setting added
// without its row, or a row left behind by a removed setting, fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../src/config.ts';
import * as fixedLimits from '../src/domain/fixed-limits.ts';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The first cell of each row of the first table under a heading (the header and its separator left out). */
function firstCells(heading: string): string[] {
  const lines = README.slice(README.indexOf(`\n${heading}\n`) + 1).split('\n');
  const start = lines.findIndex((line) => line.startsWith('|'));
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  return lines.slice(start + 2, end).map((row) => row.split('|')[1].trim());
}

describe('README documents every limit', () => {
  it('has one configuration row for each setting of src/config.ts, and none for anything else', () => {
    const rows = firstCells('## Configuration').map((cell) => cell.replace(/^`|`$/g, ''));
    expect(new Set(rows).size).toBe(rows.length);
    expect([...rows].sort()).toEqual([...CONFIG_KEYS].sort());
  });

  it('names each fixed limit of src/domain/fixed-limits.ts in its "Fixed limits" table', () => {
    const rows = firstCells('### Fixed limits').join('\n');
    const named = [...rows.matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]);
    expect(named.sort()).toEqual(Object.keys(fixedLimits).sort());
  });
});
