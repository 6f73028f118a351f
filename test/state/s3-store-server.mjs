// s3rver in a process of its own for the S3 store's tests (started by s3-store-server.ts): on
// 127.0.0.1, port 0, one bucket, and an access key id of the tests' own. Run with
// --openssl-legacy-provider: s3rver seals ListObjectsV2 continuation tokens with DES, which
// OpenSSL 3 keeps there. Prints {"port": N} once listening; stops when its stdin closes.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const S3rver = require('s3rver');
const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account.js');

const [directory, bucket, accessKeyId] = process.argv.slice(2);
// s3rver checks the access key id, not SigV4 signatures, so it never needs the secret.
DUMMY_ACCOUNT.createKeyPair(accessKeyId, 'unused');
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
const { port } = await server.run();
process.stdout.write(`${JSON.stringify({ port })}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  // Connections a test left open would hold close() up: a second is plenty for the rest.
  setTimeout(() => process.exit(0), 1000).unref();
  void server.close().then(() => process.exit(0));
});
