// The public surface of `import ... from 'seedance-pipeline'`, name by name: a change to it must
// be made here too, on purpose. Values are read from the module itself; values and types from the
// explicit export lists of src/index.ts (which has no `export *`).
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const INDEX = new URL('../src/index.ts', import.meta.url);

const VALUES = [
  'ERROR_CODES', 'EVENT_DOCS', 'MODELS', 'SeedanceError', 'assemble', 'builtInTable', 'createClient', 'customTable', 'estimateTokens', 'findModel',
  'formatDiagnostics', 'formatMoney', 'gatherFacts', 'isSeedanceError', 'loadManifest', 'lockPathFor', 'planManifest', 'planShots', 'readLock',
  'runStoryboard', 'shotCost', 'startSimulator', 'writeReport',
];
const TYPES = [
  'ApiFormat', 'AssembleInput', 'AssembleOptions', 'AssembleResult', 'ClientOptions', 'Concat', 'CustomPricing', 'Diagnostic', 'EffectiveSettings',
  'ErrorCode', 'Facts', 'GenerationSettings', 'LedgerEntry', 'LoadResult', 'LockFile', 'Manifest', 'Media', 'MediaSlot', 'MediaSource', 'ModelCapabilities',
  'Money', 'MusicBed', 'OutputRecord', 'Plan', 'PlanOptions', 'PlannedRequest', 'PlannedShot', 'PriceTable', 'PricedTask', 'Ratio', 'Resolution',
  'ResolvedConcat', 'ResolvedManifest', 'ResolvedShot', 'RunEvent', 'RunResult', 'RunStoryboardOptions', 'RunSummary', 'SeedanceClient', 'Shot', 'ShotAction',
  'ShotLock', 'ShotLockStatus', 'ShotOutput', 'ShotPlan', 'Simulator', 'SimulatorOptions', 'SimulatorStats', 'TaskInfo', 'TaskStatus', 'TimedEvent',
  'Transition', 'Trim', 'WriteReportOptions',
];

/** Names in the `export { ... } from` and `export type { ... } from` lists, split into values and types. */
function exportLists(text: string): { values: string[]; types: string[] } {
  const values: string[] = [];
  const types: string[] = [];
  for (const [, typeOnly, list] of text.matchAll(/^export (type )?\{([^}]*)\} from '[^']+';$/gm)) {
    for (const item of (list as string).split(',').map((i) => i.trim()).filter(Boolean)) {
      const name = item.replace(/^type /, '').split(' as ').pop() as string;
      (typeOnly || item.startsWith('type ') ? types : values).push(name);
    }
  }
  return { values: values.sort(), types: types.sort() };
}

describe('the public API', () => {
  it('exports exactly these values', async () => {
    const module = (await import('../src/index.js')) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual(VALUES);
  });

  it('exports exactly these names, each listed by hand, and no `export *`', async () => {
    const text = await readFile(INDEX, 'utf8');
    expect(text).not.toMatch(/^export (type )?\*/m);
    const lists = exportLists(text);
    expect(lists.values).toEqual(VALUES);
    expect(lists.types).toEqual(TYPES);
    // Every export line is one of those lists (nothing exported another way).
    expect(text.split('\n').filter((l) => l.startsWith('export ') && !/^export (type )?\{[^}]*\} from '[^']+';$/.test(l))).toEqual([]);
  });
});
