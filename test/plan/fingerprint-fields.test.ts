// Fingerprints and the fields of issue 14: frames and tools change the video, so they are part of
// a shot's fingerprint; priority, safety_identifier and callback_url do not (changing them must not
// remake a clip). Manifests without the new fields keep the fingerprints older locks recorded.
import { describe, expect, it } from 'vitest';
import type { ResolvedManifest } from '../../src/manifest/types.js';
import { fingerprintShot } from '../../src/plan/fingerprint.js';
import type { ShotLock } from '../../src/state/lock.js';
import { loadYaml } from '../manifest/helpers.js';

const upstream = (id: string): ShotLock => ({ fingerprint: 'f', status: 'saved', outputs: { video: { file: `${id}.mp4`, bytes: 1, sha256: `${id}-sha` } } }) as ShotLock;

async function manifestOf(yaml: string): Promise<ResolvedManifest> {
  const { manifest, diagnostics } = await loadYaml(yaml);
  if (!manifest) throw new Error(JSON.stringify(diagnostics, null, 2));
  return manifest;
}

async function fingerprints(yaml: string): Promise<Record<string, { value: string; legacy: string | undefined; parts: Record<string, string> }>> {
  const manifest = await manifestOf(yaml);
  return Object.fromEntries(
    manifest.shots.map((shot) => {
      const fp = fingerprintShot(manifest, shot, upstream, () => undefined);
      return [shot.id, { value: fp.value, legacy: fp.legacy?.value, parts: fp.parts }];
    }),
  );
}

const OLD = `version: 1
defaults: { resolution: 480p, seed: 3 }
shots:
  - { id: a, prompt: A lighthouse at dawn }
  - { id: b, model: doubao-seedance-1-0-pro-250528, prompt: Gulls, duration: 4, camera_fixed: true }
  - { id: c, prompt: The keeper, first_frame: { shot: a }, generate_audio: true }
`;

describe('fingerprints with the new fields', () => {
  it('manifests without them keep the fingerprints of before (values computed with the code of c72dad3)', async () => {
    const got = await fingerprints(OLD);
    expect(got.a?.value).toBe('da66e472ad9b20b96dabef27bd33e7c090e7de36df4a9506b15ec83360e2796a');
    expect(got.b?.value).toBe('9384f5fe95c6c4676e526018e63af84066904cc6cb896b573dac80e371ea4b91');
    expect(got.c?.value).toBe('86e0812c435db7a3bbfb08d83865ccdfbf49e10966cec3fbf80985b7e92c5504');
    expect(got.c?.legacy).toBe('f984bba3055412c618980d84d8d48e83ecb26cfcb23c68a0a56f11e1bcc6a301');
  });

  it('priority, safety_identifier and callback_url change no fingerprint', async () => {
    const before = await fingerprints(OLD);
    const after = await fingerprints(
      OLD.replace('defaults: { resolution: 480p, seed: 3 }', 'defaults: { resolution: 480p, seed: 3, safety_identifier: user-1, callback_url: "https://hooks.example.com/x" }').replace(
        '{ id: a, prompt: A lighthouse at dawn }',
        '{ id: a, prompt: A lighthouse at dawn, priority: 7 }',
      ),
    );
    expect(after).toEqual(before);
  });

  it('tools and frames are part of the fingerprint, by name', async () => {
    const before = await fingerprints(OLD);
    const after = await fingerprints(
      OLD.replace('{ id: a, prompt: A lighthouse at dawn }', '{ id: a, prompt: A lighthouse at dawn, tools: [{ type: web_search }] }').replace('duration: 4, camera_fixed', 'frames: 97, camera_fixed'),
    );
    expect(after.a?.value).not.toBe(before.a?.value);
    expect(Object.keys(after.a?.parts ?? {})).toContain('tools');
    expect(after.b?.value).not.toBe(before.b?.value);
    expect(Object.keys(after.b?.parts ?? {})).toContain('frames');
    expect(Object.keys(after.b?.parts ?? {})).not.toContain('duration');
    // c uses a's output by content: a's video is the same file here, so c is unchanged.
    expect(after.c?.value).toBe(before.c?.value);
  });
});
