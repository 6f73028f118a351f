// A real S3-compatible server for the S3 store's tests: s3rver (npm) in a child process on
// 127.0.0.1, port 0, its objects in a temp folder, one bucket, an access key id of its own. No test
// may reach AWS: every store a test opens gets its environment from s3Env, which refuses any
// endpoint that is not loopback.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

// The SDK's credential chain reads these from the process, not from the env a store is given:
// without them a profile it cannot find would send it on to the EC2 or container metadata
// service, off this machine. Set for this test worker, before any store is opened.
process.env.AWS_EC2_METADATA_DISABLED = 'true';
for (const name of ['AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_PROFILE']) delete process.env[name];

/** Distinctive, so a scan of every output and file finds them if they leak anywhere. */
export const ACCESS_KEY_ID = 'AKIASEEDANCETEST7Q3Z';
export const SECRET_ACCESS_KEY = 'seedance-test-secret-Xk29vLq8mZ-never-printed';

export interface S3Test {
  bucket: string;
  /** The server's folder: every object it holds is a file under it. */
  dir: string;
  /** Environment for a store on this server (endpoint, credentials, region; no profile or config file). */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startS3(dir: string, bucket = 'clips'): Promise<S3Test> {
  const objects = join(dir, 's3rver');
  const script = fileURLToPath(new URL('./s3-store-server.mjs', import.meta.url));
  const child = spawn(process.execPath, ['--openssl-legacy-provider', script, objects, bucket, ACCESS_KEY_ID], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout }), 'line'), once(child, 'exit').then(([code]) => Promise.reject(new Error(`s3rver exited with ${String(code)} before listening`)))])) as [string];
  const { port } = JSON.parse(line) as { port: number };
  return {
    bucket,
    dir: objects,
    env: s3Env(`http://127.0.0.1:${port}`),
    close: async () => {
      const exited = once(child, 'exit');
      child.stdin.end();
      await exited;
    },
  };
}

/** A store's environment at an endpoint, which must be on this machine. */
export function s3Env(endpoint: string, overrides: Record<string, string> = {}): Record<string, string> {
  const env = {
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_ACCESS_KEY_ID: ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/nonexistent/seedance-test-aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/seedance-test-aws-credentials',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...overrides,
  };
  const host = new URL(env.AWS_ENDPOINT_URL_S3).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`S3 tests run only against a server on loopback; the endpoint is ${host}`);
  return env;
}
