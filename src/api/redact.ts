// Keep secrets out of every message: signed URL query strings are cut, `user:password@` is taken
// out of URLs, and the key is never formatted into text in the first place (this is the one place
// that would).

/** `https://user:pw@host/path?signature=...` -> `https://host/path?…` */
export function redactUrl(url: string): string {
  const bare = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
  const q = bare.indexOf('?');
  return q === -1 ? bare : `${bare.slice(0, q)}?…`;
}

/** Replace every occurrence of the secrets in text (belt and braces for error texts from elsewhere). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.replace(/(https?:\/\/)[^\s/?#@"'`]*@/g, '$1').replace(/(https?:\/\/[^\s?"'`]+)\?[^\s"'`]*/g, '$1?…');
}

/**
 * The text with the `user:password` of every URL replaced by as many `*`, so a line shown with a
 * marker under a column (a manifest excerpt) keeps its columns and loses the secret.
 */
export function maskCredentials(text: string): string {
  return text.replace(/(https?:\/\/)([^\s/?#@"'`]*)@/g, (_all, scheme: string, credentials: string) => `${scheme}${'*'.repeat(credentials.length)}@`);
}
