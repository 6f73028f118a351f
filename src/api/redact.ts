// Keep secrets out of every message: signed URL query strings are cut, and the key is never
// formatted into text in the first place (this is the one place that would).

/** `https://host/path?signature=...` -> `https://host/path?…` */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?…`;
}

/** Replace every occurrence of the secrets in text (belt and braces for error texts from elsewhere). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.replace(/(https?:\/\/[^\s?"']+)\?[^\s"']*/g, '$1?…');
}
