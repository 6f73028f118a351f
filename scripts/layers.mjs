// Which parts of src/ each part may import besides itself, so imports point one way, down the
// layers of the README's design section. eslint.config.js turns this table into
// no-restricted-imports rules per folder; test/architecture.test.ts checks every import of every
// file against it. A part is a folder of src/ or one of its top-level files.
const BELOW_RUN = ['core', 'models.ts', 'pricing', 'manifest', 'media', 'assemble', 'wire', 'state', 'api', 'plan', 'export'];

export const LAYERS = {
  core: [],
  'models.ts': ['core'],
  // Price tables and what a task costs: data and arithmetic over the capability table.
  pricing: ['core', 'models.ts'],
  manifest: ['core', 'models.ts', 'pricing'],
  media: ['core', 'models.ts'],
  assemble: ['core', 'models.ts', 'media'],
  wire: ['core', 'models.ts', 'manifest'],
  state: ['core', 'models.ts', 'pricing', 'manifest'],
  api: ['core', 'models.ts', 'wire'],
  plan: ['core', 'models.ts', 'pricing', 'manifest', 'wire', 'state'],
  // Editor projects of the cut (MLT, OTIO, FCPXML, EDL), from the lock and the clips on disk.
  export: ['core', 'models.ts', 'manifest', 'media', 'assemble', 'state'],
  run: BELOW_RUN,
  report: [...BELOW_RUN, 'run'],
  // `seedance review`'s server: the report's page with pick buttons; picks are written like `pick`'s.
  review: ['core', 'models.ts', 'pricing', 'manifest', 'state', 'report'],
  // The embedded service shares nothing with the client: only the tables, core and ffmpeg.
  simulator: ['core', 'models.ts', 'media', 'manifest'],
  library: [...BELOW_RUN, 'run', 'report', 'simulator'],
  'index.ts': [...BELOW_RUN, 'run', 'report', 'simulator', 'library'],
  cli: [...BELOW_RUN, 'run', 'report', 'review', 'simulator', 'library'],
};

/** npm packages only one part may import: the HTTP client, the process runner and the S3 client. */
export const PACKAGE_OWNERS = { undici: 'api', execa: 'media', '@aws-sdk/client-s3': 'state' };
