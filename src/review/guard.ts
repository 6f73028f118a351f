// Who may ask the review server anything: only this browser session on this computer. The server
// listens on 127.0.0.1 only; a request must name it exactly in Host (a page on another domain
// that rebinds its DNS to 127.0.0.1 sends its own name), carry the session's random token, and,
// when the browser says where it comes from (Origin), come from the review page itself. The page
// first loads with the token in its query; the server then sets it as an HttpOnly, SameSite=Strict
// cookie (so the page's pictures and clips load) and the page sends it in a header for actions:
// a form or page on another site can send neither.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-seedance-token';

export class ReviewGuard {
  readonly token = randomBytes(24).toString('hex');
  readonly host: string;
  readonly origin: string;
  /** Cookies are shared by every port of 127.0.0.1: the name carries the port, so two reviews do not overwrite each other's. */
  readonly cookieName: string;

  constructor(readonly port: number) {
    this.host = `127.0.0.1:${port}`;
    this.origin = `http://${this.host}`;
    this.cookieName = `seedance-review-${port}`;
  }

  /** Why the request is refused, or undefined when it may go on. `viaCookie`: whether the cookie is enough (reads), or the header is needed (actions). */
  refusal(req: IncomingMessage, viaCookie: boolean): string | undefined {
    if (req.headers.host !== this.host) {
      return `This review server answers only to ${this.host}, and this request named ${req.headers.host ?? 'no host'}. Open the link \`seedance review\` printed.`;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== this.origin) return `Refused: a page of ${origin} asked for this review; only the review page itself may.`;
    const given = headerValue(req.headers[TOKEN_HEADER]) ?? (viaCookie ? this.cookieOf(req) : undefined);
    if (given === undefined || !this.isToken(given)) {
      return 'Refused: this request does not carry the review session\'s token. Open the link `seedance review` printed (it carries the token), or start `seedance review` again for a new one.';
    }
    return undefined;
  }

  /** The token in the query of the first page load. */
  queryToken(url: URL): string | undefined {
    return url.searchParams.get('token') ?? undefined;
  }

  isToken(given: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Set-Cookie for the page's own requests (its pictures and clips, which cannot carry a header). */
  cookie(): string {
    return `${this.cookieName}=${this.token}; Path=/; HttpOnly; SameSite=Strict`;
  }

  private cookieOf(req: IncomingMessage): string | undefined {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === this.cookieName) return value.join('=');
    }
    return undefined;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
