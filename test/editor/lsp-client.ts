// A small Language Server Protocol client for tests: it starts Red Hat's yaml-language-server over
// stdio (JSON-RPC with Content-Length framing), answers the requests the server sends back, and
// offers hover, completion and the diagnostics the server publishes. Nothing goes to the network:
// the schema store is off and the schema is a file:// URL.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Position {
  line: number;
  character: number;
}

export interface Hover {
  contents: { kind: string; value: string } | string | (string | { language: string; value: string })[];
}

export interface CompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: string | { kind: string; value: string };
  insertText?: string;
  insertTextFormat?: number;
  textEdit?: { newText: string };
  filterText?: string;
  sortText?: string;
}

export interface Diagnostic {
  range: { start: Position; end: Position };
  message: string;
  severity?: number;
  source?: string;
}

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

const SERVER = fileURLToPath(new URL('../../node_modules/yaml-language-server/bin/yaml-language-server', import.meta.url));
/** The schema under test; EDITOR_TEST_SCHEMA=<file> runs the tests against another (an older commit's). */
export const SCHEMA_FILE = process.env.EDITOR_TEST_SCHEMA ?? fileURLToPath(new URL('../../schemas/manifest.schema.json', import.meta.url));
export const SCHEMA_URL = pathToFileURL(SCHEMA_FILE).href;

/** Insertion text of a completion item, however the server sent it. */
export function insertion(item: CompletionItem): string {
  return item.textEdit?.newText ?? item.insertText ?? item.label;
}

/** Documentation of a completion item as text. */
export function documentation(item: CompletionItem): string {
  const doc = item.documentation;
  return typeof doc === 'string' ? doc : (doc?.value ?? '');
}

/** Hover contents as one text. */
export function hoverText(hover: Hover | null): string {
  if (!hover) return '';
  const c = hover.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
  return c.value;
}

export class YamlLanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly diagnosticWaiters: { uri: string; resolve: (d: Diagnostic[]) => void }[] = [];
  private settings: Record<string, unknown> = {};
  private configured: () => void = () => undefined;
  private stderr = '';
  private exited = false;
  private readonly exit: Promise<number | null>;

  private constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exit = new Promise((resolve) =>
      this.child.on('exit', (code) => {
        this.exited = true;
        for (const { reject } of this.pending.values()) reject(new Error(`yaml-language-server exited (${String(code)}): ${this.stderr}`));
        this.pending.clear();
        resolve(code);
      }),
    );
  }

  /**
   * Start the server, initialize it and hand it its settings: `schemas` maps a schema URL to the
   * globs of the files it applies to, as `yaml.schemas` does in VS Code's settings.json.
   */
  static async start(options: { schemas?: Record<string, string | string[]> } = {}): Promise<YamlLanguageServer> {
    const server = new YamlLanguageServer();
    server.settings = {
      validate: true,
      hover: true,
      completion: true,
      format: { enable: false },
      schemaStore: { enable: false },
      schemas: options.schemas ?? {},
    };
    await server.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          publishDiagnostics: {},
        },
      },
      initializationOptions: {},
    });
    // The server pulls its settings (workspace/configuration) when told they changed.
    const configured = new Promise<void>((resolve) => (server.configured = resolve));
    server.notify('initialized', {});
    server.notify('workspace/didChangeConfiguration', { settings: { yaml: server.settings } });
    await configured;
    return server;
  }

  open(uri: string, text: string): void {
    this.diagnostics.delete(uri);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position }) as Promise<Hover | null>;
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = (await this.request('textDocument/completion', { textDocument: { uri }, position })) as
      | CompletionItem[]
      | { items: CompletionItem[] }
      | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  /** The next diagnostics published for uri (or those already published since it was opened). */
  diagnosticsFor(uri: string): Promise<Diagnostic[]> {
    const known = this.diagnostics.get(uri);
    if (known) return Promise.resolve(known);
    return new Promise((resolve) => this.diagnosticWaiters.push({ uri, resolve }));
  }

  async shutdown(): Promise<number | null> {
    if (!this.exited) {
      await this.request('shutdown', null);
      this.notify('exit', null);
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    const code = await this.exit;
    clearTimeout(timer);
    return code;
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /Content-Length: (\d+)/i.exec(header);
      if (!match) throw new Error(`LSP header without Content-Length: ${header}`);
      const length = Number(match[1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(start + length);
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server (workspace/configuration, client/registerCapability, ...).
      if (message.method === 'workspace/configuration') {
        const { items } = message.params as { items: { section?: string }[] };
        this.send({ jsonrpc: '2.0', id: message.id, result: items.map((item) => (item.section === 'yaml' ? this.settings : {})) });
        this.configured();
        return;
      }
      this.send({ jsonrpc: '2.0', id: message.id, result: null });
      return;
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      for (const waiter of this.diagnosticWaiters.filter((w) => w.uri === uri)) waiter.resolve(diagnostics);
      this.diagnosticWaiters.splice(0, this.diagnosticWaiters.length, ...this.diagnosticWaiters.filter((w) => w.uri !== uri));
      return;
    }
    if (message.id !== undefined && typeof message.id === 'number') {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${message.error.message} (${message.error.code})`));
      else waiter.resolve(message.result);
    }
  }
}
