import { describe, expect, it } from 'vitest';
import { pinSeeds } from '../../src/state/pin.js';

const manifest = `# my film
version: 1
shots:
  - id: a            # the opening
    prompt: A kitten stretches
  - id: b
    prompt: The kitten jumps
    seed: -1
  - id: c
    from_draft: a
  - id: d
    prompt: Unmade
    seed: 12
`;

describe('pin', () => {
  it('writes used seeds, keeps comments and the rest as it was', () => {
    const result = pinSeeds(manifest, new Map([['a', 111], ['b', 222], ['c', 111]]));
    expect(result.pinned).toEqual([{ id: 'a', seed: 111 }, { id: 'b', seed: 222, was: -1 }]);
    expect(result.text).toBe(`# my film
version: 1
shots:
  - id: a            # the opening
    prompt: A kitten stretches
    seed: 111
  - id: b
    prompt: The kitten jumps
    seed: 222
  - id: c
    from_draft: a
  - id: d
    prompt: Unmade
    seed: 12
`);
  });

  it('changes nothing when the seeds are pinned already', () => {
    const result = pinSeeds(manifest, new Map([['d', 12]]));
    expect(result).toEqual({ text: manifest, pinned: [] });
  });
});

describe('pin, layouts', () => {
  it('goes after a block scalar, and at the end of a file without a final newline', () => {
    const source = 'version: 1\nshots:\n- id: a\n  prompt: |\n    line one\n    line two\n\n- id: b\n  prompt: last';
    expect(pinSeeds(source, new Map([['a', 1], ['b', 2]])).text).toBe(
      'version: 1\nshots:\n- id: a\n  prompt: |\n    line one\n    line two\n  seed: 1\n\n- id: b\n  prompt: last\n  seed: 2\n',
    );
  });

  it('re-renders a flow-style shot with yaml', () => {
    const result = pinSeeds('version: 1\nshots:\n  - { id: a, prompt: x }\n', new Map([['a', 5]]));
    expect(result.text).toContain('seed: 5');
    expect(result.pinned).toEqual([{ id: 'a', seed: 5 }]);
  });
});
