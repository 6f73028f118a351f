// Every native task that may return its last frame asks for it (issue 17: the service's PNG is free
// and spares decoding the clip), and that changes no fingerprint: locks made before keep their clips.
import { describe, expect, it } from 'vitest';
import type { MediaSlot, MediaSource, ResolvedManifest } from '../../src/manifest/types.js';
import { fingerprintShot } from '../../src/plan/fingerprint.js';
import { buildRequest, type InputResolver } from '../../src/plan/index.js';
import type { ShotLock } from '../../src/state/lock.js';
import { loadYaml } from '../manifest/helpers.js';

const STORYBOARD = `version: 1
defaults: { resolution: 480p, seed: 5 }
shots:
  - { id: used, prompt: A harbour at dusk }
  - { id: next, prompt: The boats come in, first_frame: { shot: used } }
  - { id: alone, prompt: A gull }
  - { id: asked, prompt: A rope, return_last_frame: true }
  - { id: refused, prompt: A net, return_last_frame: false }
  - { id: refused-used, prompt: A buoy, return_last_frame: false }
  - { id: after, prompt: The buoy drifts, first_frame: { shot: refused-used } }
  - { id: sketch, prompt: A sail, draft: true, model: doubao-seedance-1-5-pro-251215 }
  - { id: final, from_draft: sketch }
`;

/** Computed with the code of 37a5611, before seedance asked for every last frame. */
const FINGERPRINTS_BEFORE: Record<string, string> = {
  used: '0dba2579cf23c55c83daee9fc450742b4cd1f58aeb91a6a73bad8c2b576a29b0',
  next: '01aea58e2130d8f6d59c2768123a6c66bdad802ca401c459cfd31af5811f3f2e',
  alone: 'd181fb92e26921b75d7b83422a5f124cb1141b75cd0fb8840ab1eeeb41a32ef2',
  asked: '524325d076de9488f5b7c1e3734cf76f0d33e3072c95285566416ba4bea4bb1e',
  refused: 'b80b49eb18105c8c869de619fbe8385e3c70156d1342389287e756f44dc4be3b',
  'refused-used': '1286f4e5233b581c16b07ff1abdc2d36334e4b2d33f4686d37e015b5ad1ac8d6',
  after: '76f040a77f51381f0b2c9dee0aee763fe2262c1097fbf2bf0758623b759892a8',
  sketch: 'dc65420421285bfb32d385cea09ed4ad72f6454d41d780e718e0b2ffd98ccb6e',
  final: '471614ace591cbaa45757a99bfead17ca43430cbc6d0304fb3502acb5a627047',
};

const resolver: InputResolver = {
  media: (source: MediaSource, slot: MediaSlot) => (source.kind === 'shot' ? `<${slot} from ${source.shot}>` : source.kind === 'file' ? `file:${source.relative}` : source.url),
  draftTask: (id) => `task-of-${id}`,
};

async function manifestOf(yaml: string): Promise<ResolvedManifest> {
  const { manifest, diagnostics } = await loadYaml(yaml);
  if (!manifest) throw new Error(JSON.stringify(diagnostics, null, 2));
  return manifest;
}

describe('return_last_frame on every native task that may have it', () => {
  it('is sent for every shot but a draft and one that says return_last_frame: false', async () => {
    const manifest = await manifestOf(STORYBOARD);
    const sent = Object.fromEntries(manifest.shots.map((shot) => [shot.id, buildRequest(manifest, shot, resolver).body.return_last_frame]));
    expect(sent).toEqual({ used: true, next: true, alone: true, asked: true, refused: undefined, 'refused-used': undefined, after: true, sketch: undefined, final: true });
  });

  it('as the manifest asks it (what the fingerprint hashes), only where it was before: a frame another shot uses, or written', async () => {
    const manifest = await manifestOf(STORYBOARD);
    const asWritten = Object.fromEntries(manifest.shots.map((shot) => [shot.id, buildRequest(manifest, shot, resolver, { asWritten: true }).body.return_last_frame]));
    expect(asWritten).toEqual({ used: true, next: undefined, alone: undefined, asked: true, refused: undefined, 'refused-used': undefined, after: undefined, sketch: undefined, final: undefined });
  });

  it('changes no fingerprint: every shot keeps the one it had before', async () => {
    const manifest = await manifestOf(STORYBOARD);
    const upstream = (id: string): ShotLock => ({ fingerprint: 'f', status: 'saved', outputs: { video: { file: `${id}.mp4`, bytes: 1, sha256: `${id}-sha` } }, taskId: `task-${id}` }) as ShotLock;
    const got = Object.fromEntries(manifest.shots.map((shot) => [shot.id, fingerprintShot(manifest, shot, upstream, () => undefined).value]));
    expect(got).toEqual(FINGERPRINTS_BEFORE);
  });

  it('is never sent in the openai format, which has no such field', async () => {
    const manifest = await manifestOf('version: 1\napi: openai\nshots:\n  - { id: a, prompt: A }\n  - { id: b, prompt: B, first_frame: { shot: a } }\n');
    for (const shot of manifest.shots) expect(buildRequest(manifest, shot, resolver).body).not.toHaveProperty('return_last_frame');
  });
});
