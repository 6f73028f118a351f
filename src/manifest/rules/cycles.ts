// No cycles among shots: a shot that (through others) needs its own output can never start.
// Each cycle is reported once, at its first shot, with every edge and where it is written.
import type { NodePath } from '../diagnostic.js';
import type { Rule } from './context.js';

interface Edge {
  from: number;
  to: number;
  path: NodePath;
  what: string;
}

export const noCycles: Rule = ({ manifest, media, byId, out }) => {
  const shots = manifest.shots;
  const edges: Edge[][] = shots.map(() => []);
  for (const [source, ref] of media) {
    const target = source.kind === 'shot' ? byId.get(source.shot) : undefined;
    if (!target || target.index === ref.shotIndex) continue; // unknown or self: reported elsewhere
    const what = ref.slot === 'reference_videos' ? 'the video' : 'the last frame';
    edges[ref.shotIndex]?.push({ from: ref.shotIndex, to: target.index, path: [...ref.path, 'shot'], what });
  }
  for (const shot of shots) {
    const target = shot.fromDraft !== undefined ? byId.get(shot.fromDraft) : undefined;
    if (target && target.index !== shot.index) edges[shot.index]?.push({ from: shot.index, to: target.index, path: ['shots', shot.index, 'from_draft'], what: 'the draft task' });
  }
  for (const component of stronglyConnected(shots.length, edges)) {
    if (component.length < 2) continue;
    const cycle = cycleWithin(component, edges);
    const ids = cycle.map((e) => shots[e.from]?.id ?? '?');
    const names = [...ids, ids[0]].map((id) => `\`${id}\``).join(' → ');
    const head = cycle[0];
    if (!head) continue;
    out.error(
      'cycle',
      `Shots ${names} form a cycle: each needs the output of the next, so none of them can start. Break the cycle by removing one of these references (a first shot needs a prompt or an image of its own).`,
      head.path,
      { related: cycle.map((e) => ({ message: `\`${shots[e.from]?.id}\` uses ${e.what} of \`${shots[e.to]?.id}\``, path: e.path })) },
    );
  }
};

/** Tarjan's algorithm, iterative (a 1000-shot chain must not overflow the stack). Components in manifest order. */
function stronglyConnected(count: number, edges: Edge[][]): number[][] {
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges[frame.node] ?? [];
      if (frame.edge < out.length) {
        const to = out[frame.edge++]!.to;
        if (index[to] === -1) {
          index[to] = low[to] = next++;
          stack.push(to);
          onStack[to] = true;
          work.push({ node: to, edge: 0 });
        } else if (onStack[to]) {
          low[frame.node] = Math.min(low[frame.node]!, index[to]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === index[frame.node]) {
        const component: number[] = [];
        let member: number | undefined;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          component.push(member);
        } while (member !== frame.node);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

/** One cycle through the component's first shot, as its edges, by breadth-first search (shortest). */
function cycleWithin(component: number[], edges: Edge[][]): Edge[] {
  const members = new Set(component);
  const start = component[0]!;
  const via = new Map<number, Edge>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const edge of edges[node] ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path = [edge];
        for (let at = node; at !== start; ) {
          const back = via.get(at)!;
          path.unshift(back);
          at = back.from;
        }
        return path;
      }
      if (!via.has(edge.to)) {
        via.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return [];
}
