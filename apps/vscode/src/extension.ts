/**
 * The VS Code extension: a thin client of @nianbao/language-server (bundled as dist/server.cjs),
 * the commands 新建年报 / 生成 DOCX·HTML·TXT / 预览, and the settings. Everything that can run
 * without VS Code lives in commands.ts, build.ts, settings.ts and snippets.ts, with tests.
 */
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { buildOutput, errorSummary, renderPreviewHtml, type OutputFormat } from './build.js';
import { editionItems, isReport, newReportText } from './commands.js';
import { t } from './messages.js';
import {
  readExtensionSettings,
  resolveTemplates,
  SECTION,
  serverInitializationOptions,
  type ExtensionSettings,
} from './settings.js';

let client: LanguageClient | undefined;

function settings(): ExtensionSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return readExtensionSettings((key) => config.get(key));
}

function templatesFor(document: vscode.TextDocument): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath;
  const base =
    folder ?? (document.uri.scheme === 'file' ? dirname(document.uri.fsPath) : undefined);
  return resolveTemplates(settings().templates, base);
}

/** Start the language server the first time a report is open. */
async function startClient(context: vscode.ExtensionContext): Promise<void> {
  if (client) return;
  const module = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: serverInitializationOptions(settings()),
    outputChannelName: 'nianbao',
  };
  client = new LanguageClient('nianbao', 'nianbao', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      t(settings().locale, 'server-failed', { reason: (error as Error).message }),
    );
  }
}

function activeReport(): vscode.TextDocument | undefined {
  const locale = settings().locale;
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage(t(locale, 'no-editor'));
    return undefined;
  }
  if (!isReport(document)) {
    void vscode.window.showWarningMessage(t(locale, 'not-a-report'));
    return undefined;
  }
  return document;
}

async function newReport(): Promise<void> {
  const { locale } = settings();
  const picked = await vscode.window.showQuickPick(editionItems(locale), {
    placeHolder: t(locale, 'pick-edition'),
  });
  if (!picked) return;
  const document = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: newReportText(picked.label),
  });
  await vscode.window.showTextDocument(document);
}

async function build(format: OutputFormat): Promise<void> {
  const document = activeReport();
  if (!document) return;
  const { locale } = settings();
  // The output goes next to the report, so the report needs a place on disk.
  if (document.uri.scheme !== 'file') {
    void vscode.window.showWarningMessage(t(locale, 'save-first'));
    return;
  }
  const label = format.toUpperCase();
  // The findings the editor shows are the ones nianbao lint reports; errors need a confirmation,
  // as `nianbao build` needs --force.
  const errors = vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === 'nianbao' && d.severity === vscode.DiagnosticSeverity.Error)
    .map((d) => ({ line: d.range.start.line + 1, message: d.message }));
  if (errors.length > 0) {
    const anyway = t(locale, 'build-anyway');
    const answer = await vscode.window.showWarningMessage(
      t(locale, 'has-errors', { ...errorSummary(errors), format: label }),
      { modal: true },
      anyway,
    );
    if (answer !== anyway) return;
  }
  try {
    const file = await buildOutput({
      text: document.getText(),
      file: document.uri.scheme === 'file' ? document.uri.fsPath : undefined,
      format,
      templates: templatesFor(document),
      locale,
    });
    const open = t(locale, 'open-file');
    const reveal = t(locale, 'reveal-file');
    const answer = await vscode.window.showInformationMessage(
      t(locale, 'built', { file }),
      open,
      reveal,
    );
    if (answer === open) await vscode.env.openExternal(vscode.Uri.file(file));
    if (answer === reveal)
      await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.file(file));
  } catch (error) {
    void vscode.window.showErrorMessage(
      t(locale, 'build-failed', { format: label, reason: (error as Error).message }),
    );
  }
}

/** 「预览」: the HTML rendering beside the report, rendered again each time it is saved. */
class Previews {
  private readonly panels = new Map<string, vscode.WebviewPanel>();

  async show(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    let panel = this.panels.get(key);
    if (panel) panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      const name = document.uri.path.split('/').pop() ?? '';
      panel = vscode.window.createWebviewPanel(
        'nianbao.preview',
        t(settings().locale, 'preview-title', { name }),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        // The rendered report is static HTML: no scripts, no local files.
        { enableScripts: false, localResourceRoots: [] },
      );
      this.panels.set(key, panel);
      panel.onDidDispose(() => this.panels.delete(key));
    }
    await this.render(document, panel);
  }

  async refresh(document: vscode.TextDocument): Promise<void> {
    const panel = this.panels.get(document.uri.toString());
    if (panel) await this.render(document, panel);
  }

  private async render(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<void> {
    const { locale } = settings();
    try {
      panel.webview.html = await renderPreviewHtml({
        text: document.getText(),
        file: document.uri.scheme === 'file' ? document.uri.fsPath : undefined,
        templates: templatesFor(document),
        locale,
      });
    } catch (error) {
      void vscode.window.showErrorMessage(
        t(locale, 'build-failed', { format: 'HTML', reason: (error as Error).message }),
      );
    }
  }
}

export function activate(context: vscode.ExtensionContext): void {
  const previews = new Previews();
  const maybeStart = (document: vscode.TextDocument) => {
    if (!client && isReport(document)) void startClient(context);
  };
  // `nianbao.isReport` shows the preview button in the editor title of reports only.
  const updateContext = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand(
      'setContext',
      'nianbao.isReport',
      Boolean(document && isReport(document)),
    );
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('nianbao.newReport', newReport),
    vscode.commands.registerCommand('nianbao.buildDocx', () => build('docx')),
    vscode.commands.registerCommand('nianbao.buildHtml', () => build('html')),
    vscode.commands.registerCommand('nianbao.buildTxt', () => build('txt')),
    vscode.commands.registerCommand('nianbao.preview', async () => {
      const document = activeReport();
      if (document) await previews.show(document);
    }),
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.workspace.onDidChangeTextDocument((event) => maybeStart(event.document)),
    vscode.workspace.onDidSaveTextDocument((document) => {
      updateContext();
      return previews.refresh(document);
    }),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
  );
  vscode.workspace.textDocuments.forEach(maybeStart);
  updateContext();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
