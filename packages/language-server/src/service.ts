/**
 * The language server: wires the features to an LSP connection. Transport-agnostic; `server.ts`
 * starts it over stdio (or whatever the command line asks for).
 */
import { fileURLToPath } from 'node:url';
import { resolveLocale, type Locale } from '@nianbao/core';
import { mergeRuleSettings } from '@nianbao/rules';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument, type CheckedDocument } from './checked.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { completeRowLabels } from './completion.js';
import {
  CONFIG_FILE_GLOB,
  describeConfigError,
  isConfigFile,
  newConfigResolver,
  type ConfigResolver,
  type FileConfig,
} from './config.js';
import { toLspDiagnostic } from './convert.js';
import { isNianbaoDocument } from './detect.js';
import { hover } from './hover.js';
import { m } from './messages.js';
import {
  DEFAULT_DEBOUNCE_MS,
  mergeSettings,
  readSettings,
  type ServerSettings,
} from './settings.js';
import { documentSymbols } from './symbols.js';

export interface ServerOptions {
  /** How the configuration of files is found; defaults to the CLI's discovery. */
  createConfigResolver?: () => ConfigResolver;
}

/** Find the settings' locale: explicit setting, then NIANBAO_LOCALE, then Chinese. */
function localeOf(settings: ServerSettings, config?: FileConfig): Locale {
  return settings.locale ?? config?.locale ?? resolveLocale(process.env.NIANBAO_LOCALE);
}

function filePath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const createResolver = options.createConfigResolver ?? newConfigResolver;
  // Replaced when a configuration file changes: the resolver caches what it found.
  let resolver = createResolver();
  const documents = new TextDocuments(TextDocument);
  const checked = new Map<string, CheckedDocument>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Configuration of each document's file, as last read. */
  const configs = new Map<string, FileConfig>();
  let initSettings: ServerSettings = { rules: {} };
  let settings: ServerSettings = { rules: {} };
  let pullsConfiguration = false;
  let versionedEdits = false;
  const reported = new Set<string>();

  const warnOnce = (text: string) => {
    if (reported.has(text)) return;
    reported.add(text);
    connection.console.warn(text);
    void connection.window.showWarningMessage(text);
  };

  const applySettings = (raw: unknown, base: ServerSettings) => {
    const { settings: read, problems } = readSettings(raw, localeOf(base));
    problems.forEach(warnOnce);
    return mergeSettings(base, read);
  };

  const lintOptions = (uri: string) => {
    const config = configs.get(uri);
    // Editor settings win over the file, like `nianbao lint --rule` does.
    const rules = mergeRuleSettings(config?.rules, settings.rules);
    return { rules, locale: localeOf(settings, config), file: filePath(uri) };
  };

  /** Check a document now and publish what was found. */
  const validate = (document: TextDocument): CheckedDocument | undefined => {
    const timer = timers.get(document.uri);
    if (timer) clearTimeout(timer);
    timers.delete(document.uri);
    // Not a report, or a file the configuration's `ignores` leave out: nothing to show.
    if (!isNianbaoDocument(document.getText()) || configs.get(document.uri)?.ignored) {
      if (checked.delete(document.uri))
        void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      return undefined;
    }
    const result = checkDocument(document, lintOptions(document.uri));
    checked.set(document.uri, result);
    void connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: result.result.diagnostics.map((d) => toLspDiagnostic(d, result.bom)),
    });
    return result;
  };

  const refreshConfig = async (document: TextDocument) => {
    const file = filePath(document.uri);
    if (!file) return;
    try {
      configs.set(document.uri, await resolver.forFile(file));
    } catch (error) {
      configs.delete(document.uri);
      warnOnce(
        m(localeOf(settings), 'config-failed', {
          reason: describeConfigError(error, localeOf(settings)),
        }),
      );
    }
  };

  const validateWithConfig = async (document: TextDocument) => {
    await settingsReady;
    await refreshConfig(document);
    // The document may have changed or closed while the configuration was read.
    const latest = documents.get(document.uri);
    if (latest) validate(latest);
  };

  const revalidateAll = async () => {
    await Promise.all(documents.all().map(validateWithConfig));
  };

  /** The document as checked at its current version (checked again when a change is pending). */
  const current = (
    uri: string,
  ): { document: TextDocument; checked: CheckedDocument } | undefined => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const last = checked.get(uri);
    const fresh = last && last.version === document.version ? last : validate(document);
    return fresh ? { document, checked: fresh } : undefined;
  };

  /** Documents opened right after `initialized` wait for the editor's settings. */
  let settingsLoaded: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (settingsLoaded = resolve));

  const fetchSettings = async () => {
    if (!pullsConfiguration) return;
    const [raw] = (await connection.workspace.getConfiguration([
      { section: 'nianbao' },
    ])) as unknown[];
    settings = applySettings(raw, initSettings);
  };

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    pullsConfiguration = Boolean(capabilities.workspace?.configuration);
    versionedEdits = Boolean(capabilities.workspace?.workspaceEdit?.documentChanges);
    initSettings = applySettings(params.initializationOptions, { rules: {} });
    settings = initSettings;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['|'] },
        documentSymbolProvider: true,
      },
      serverInfo: { name: 'nianbao-language-server' },
    };
  });

  connection.onInitialized(async () => {
    // Registration fails harmlessly with clients that do not support it.
    if (pullsConfiguration)
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'nianbao' })
        .catch(() => undefined);
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: CONFIG_FILE_GLOB }],
      })
      .catch(() => undefined);
    await fetchSettings().catch(() => undefined);
    settingsLoaded();
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (pullsConfiguration) await fetchSettings();
    else
      settings = applySettings((change.settings as { nianbao?: unknown })?.nianbao, initSettings);
    await revalidateAll();
  });

  /** A configuration file changed: every open report may be checked differently now. */
  const configChanged = () => {
    resolver = createResolver();
    return revalidateAll();
  };
  connection.onDidChangeWatchedFiles(configChanged);

  /** Version each document was opened at: opening is checked at once, edits are debounced. */
  const openedAt = new Map<string, number>();

  documents.onDidOpen((event) => {
    openedAt.set(event.document.uri, event.document.version);
    void validateWithConfig(event.document);
  });

  documents.onDidChangeContent((event) => {
    const { document } = event;
    if (openedAt.get(document.uri) === document.version) return;
    if (checked.get(document.uri)?.version === document.version) return;
    const previous = timers.get(document.uri);
    if (previous) clearTimeout(previous);
    const delay = settings.debounce ?? DEFAULT_DEBOUNCE_MS;
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const latest = documents.get(document.uri);
        if (latest) validate(latest);
      }, delay),
    );
  });

  documents.onDidSave((event) => {
    // For clients without file watching: a configuration file saved in the editor.
    if (isConfigFile(event.document.uri)) void configChanged();
  });

  documents.onDidClose((event) => {
    const timer = timers.get(event.document.uri);
    if (timer) clearTimeout(timer);
    timers.delete(event.document.uri);
    configs.delete(event.document.uri);
    openedAt.delete(event.document.uri);
    if (checked.delete(event.document.uri))
      void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const found = current(params.textDocument.uri);
    if (!found) return [];
    return codeActions(found.checked, found.document, params.range, {
      only: params.context.only,
      documentChanges: versionedEdits,
    });
  });

  connection.onHover((params) => {
    const found = current(params.textDocument.uri);
    return found ? hover(found.checked, params.position) : null;
  });

  connection.onCompletion((params) => {
    const found = current(params.textDocument.uri);
    return found ? completeRowLabels(found.checked, found.document, params.position) : [];
  });

  connection.onDocumentSymbol((params) => {
    const found = current(params.textDocument.uri);
    return found ? documentSymbols(found.checked) : [];
  });

  documents.listen(connection);
  connection.listen();
}
