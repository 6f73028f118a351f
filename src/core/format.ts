// Counts and sizes in messages, one way everywhere: `3 shots`, `1.5 MB`.

/** `1 shot`, `3 shots` */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** `1.5 MB`, `320.0 kB` */
export function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}
