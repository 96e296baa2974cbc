// Where a CPU profile's time went (node --cpu-prof), by package and by our own files: self time of every
// sample, grouped by the file its function lives in.
//   tsx bench/profile-summary.ts <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

/** node_modules/<pkg> (scoped too), our src/<file>, node's own, or the engine (GC, program, idle). */
function groupOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : functionName ? `(${functionName})` : '(engine)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:internal';
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : url;
}

const groups = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
for (const [id, ms] of selfMs) {
  const node = byId.get(id)!;
  total += ms;
  const group = groupOf(node);
  groups.set(group, (groups.get(group) ?? 0) + ms);
  const fn = `${group} ${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + ms);
}
const top = Number(topArg ?? 25);
const idle = groups.get('(idle)') ?? 0;
const busy = total - idle;
console.log(`${(total / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy`);
console.log('\nby package or file (% of busy time)');
for (const [g, ms] of [...groups].filter(([g]) => g !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${g}`);
console.log('\nby function (% of busy time)');
for (const [f, ms] of [...functions].filter(([f]) => !f.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${f}`);
