/**
 * A minimal LSP client for the tests: spawns the built server with node and talks to it over a
 * real stdio connection, as an editor does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver';

export const SERVER_BIN = fileURLToPath(
  new URL('../bin/nianbao-language-server.js', import.meta.url),
);

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  /** Every publishDiagnostics received, in order. */
  published: PublishDiagnosticsParams[];
  /** Messages the server showed (window/showMessage). */
  shown: string[];
  /** The first publish for `uri` (already received or coming) that satisfies `accept`. */
  diagnostics(
    uri: string,
    accept?: (p: PublishDiagnosticsParams) => boolean,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  /** shutdown + exit; resolves with the server's exit code. */
  close(): Promise<number | null>;
}

export interface StartOptions {
  initializationOptions?: unknown;
  /** What the client answers to workspace/configuration for the `nianbao` section. */
  settings?: unknown;
  rootUri?: string;
  env?: NodeJS.ProcessEnv;
  /** The server script to run with node (the built bin by default; a bundle from a .vsix…). */
  server?: string;
}

export async function startClient(options: StartOptions = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [options.server ?? SERVER_BIN, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NIANBAO_LOCALE: '', ...options.env },
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!),
  );
  const published: PublishDiagnosticsParams[] = [];
  const shown: string[] = [];
  const waiters = new Set<() => void>();
  connection.onNotification(
    'textDocument/publishDiagnostics',
    (params: PublishDiagnosticsParams) => {
      published.push(params);
      for (const wake of waiters) wake();
    },
  );
  connection.onNotification('window/showMessage', (params: { message: string }) => {
    shown.push(params.message);
  });
  connection.onRequest('window/showMessageRequest', (params: { message: string }) => {
    shown.push(params.message);
    return null;
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
    params.items.map(() => options.settings ?? null),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();

  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: {
      workspace: {
        configuration: options.settings !== undefined,
        workspaceEdit: { documentChanges: true },
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
      },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } },
        },
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
    initializationOptions: options.initializationOptions,
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});

  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  return {
    connection,
    process: child,
    initializeResult,
    published,
    shown,
    diagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      const find = () => published.find((p) => p.uri === uri && accept(p));
      const found = find();
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`));
        }, timeoutMs);
        const wake = () => {
          const hit = find();
          if (!hit) return;
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(hit);
        };
        waiters.add(wake);
      });
    },
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version, text },
      });
    },
    change(uri, version, contentChanges) {
      void connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges,
      });
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
