// A generated storyboard for the run benchmarks: chains of mixed depths (first_frame { shot }),
// fan-out (one shot opening several branches) and fan-in (a shot referencing several others
// through reference_images { shot }). Deterministic for a given seed; shots only ever use earlier
// shots, so manifest order is a valid DAG order (the plain-loop baseline relies on it).
import { dist, distState, requireDist } from './dist.mjs';

// The simulator's own seeded PRNG (mulberry32), so every run benchmarks the same storyboard.
if (distState() === 'missing') requireDist();
const { seededRandom } = await dist('simulator/random.js');

/**
 * The YAML text and a summary of its shape. `maxDepth` bounds the longest chain (in shots), so
 * the critical path stays below the throughput bound at concurrency 10 and the benchmark measures
 * scheduling, not one long chain.
 */
export function generateStoryboard({ shots, seed = 7, maxDepth = 10, name = 'bench', independent = false, concurrency = 10, api = 'native' }) {
  const rand = seededRandom(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const lines = [
    'version: 1',
    `name: ${name}`,
    `concurrency: ${Math.min(concurrency, 100)}`, // the schema's most; runs pass their own
    ...(api === 'openai'
      ? ['api: openai', 'defaults: { model: doubao-seedance-2, size: 1280x720, duration: 5 }']
      : ['defaults: { model: doubao-seedance-2.0, resolution: 480p, ratio: "16:9", duration: 5 }']),
    'shots:',
  ];
  const depth = [];
  const children = [];
  const shape = { starts: 0, chained: 0, branches: 0, fanIn: 0 };
  for (let i = 0; i < shots; i++) {
    const id = `s${String(i).padStart(4, '0')}`;
    lines.push(`  - id: ${id}`, `    prompt: Shot ${i} of the benchmark storyboard, a kitten explores the garden, take ${i % 13}`);
    children[i] = 0;
    const recent = [];
    for (let j = Math.max(0, i - 40); j < i; j++) if (depth[j] < maxDepth) recent.push(j);
    const roll = rand();
    if (independent || i === 0 || roll < 0.15 || recent.length === 0) {
      depth[i] = 1;
      shape.starts++;
    } else if (roll < 0.9 || recent.length < 3) {
      // Mostly continue the chain just before; sometimes branch from a recent shot (fan-out).
      const parent = depth[i - 1] < maxDepth && rand() < 0.7 ? i - 1 : pick(recent);
      lines.push(`    first_frame: { shot: s${String(parent).padStart(4, '0')} }`);
      depth[i] = depth[parent] + 1;
      if (children[parent]++ > 0) shape.branches++;
      else shape.chained++;
    } else {
      const count = 2 + Math.floor(rand() * 3);
      const parents = new Set();
      while (parents.size < Math.min(count, recent.length)) parents.add(pick(recent));
      const refs = [...parents].sort((a, b) => a - b);
      lines.push(`    reference_images: [${refs.map((p) => `{ shot: s${String(p).padStart(4, '0')} }`).join(', ')}]`);
      depth[i] = Math.max(...refs.map((p) => depth[p])) + 1;
      for (const p of refs) children[p]++;
      shape.fanIn++;
    }
  }
  const histogram = {};
  for (const d of depth) histogram[d] = (histogram[d] ?? 0) + 1;
  return {
    yaml: lines.join('\n') + '\n',
    shape: { shots, ...shape, fanOutShots: children.filter((c) => c >= 2).length, longestChain: Math.max(...depth), depthHistogram: histogram },
  };
}

export function describeShape(shape) {
  return `${shape.shots} shots: ${shape.starts} start a chain, ${shape.chained} continue one, ${shape.branches} branch off a shot that already has a child (${shape.fanOutShots} shots fan out), ${shape.fanIn} fan in (reference_images of 2-4 shots); longest chain ${shape.longestChain} shots`;
}
