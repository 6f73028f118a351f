// Found by the chaos run: shots fanning out from one shot send the same last frame in several
// creates at once, and the simulator stored each copy through a temp file named by pid and
// millisecond, so two copies raced for one name and a create failed with HTTP 500.
import './sentinel.js';
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeInput } from '../../src/simulator/inputs.js';
import { tempDir } from '../temp.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the simulator storing request inputs', () => {
  it('stores the same picture from many creates in the same millisecond, once, without a failure or a leftover', async () => {
    const dir = await tempDir('seedance-inputs-');
    // The race needs the calls to share a millisecond; on a fast machine they spread over several.
    vi.spyOn(Date, 'now').mockReturnValue(1_795_000_000_000);
    const bytes = randomBytes(64 * 1024);
    const stored = await Promise.all(Array.from({ length: 8 }, () => storeInput(dir, bytes, 'png')));
    expect(new Set(stored.map((s) => s.path)).size).toBe(1);
    expect(await readdir(dir)).toEqual([`${stored[0]?.sha}.png`]);
  });
});
