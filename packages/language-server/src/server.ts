/**
 * Entry point of the `nianbao-language-server` bin: serve LSP over stdio unless the command line
 * names another transport (`--node-ipc`, `--socket=N`, `--pipe=NAME`, as VS Code passes them).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './service.js';

if (!process.argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/u.test(arg)))
  process.argv.push('--stdio');

startServer(createConnection(ProposedFeatures.all));
