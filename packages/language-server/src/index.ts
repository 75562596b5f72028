/**
 * @nianbao/language-server: the nianbao rules in any LSP editor. `startServer(connection)` serves
 * a connection; the `nianbao-language-server` bin serves stdio.
 */
export { startServer, type ServerOptions } from './service.js';
export { isNianbaoDocument } from './detect.js';
export {
  readSettings,
  mergeSettings,
  DEFAULT_DEBOUNCE_MS,
  type ServerSettings,
} from './settings.js';
export { CONFIG_FILE_GLOB, isConfigFile, type FileConfig } from './config.js';
export { toLspDiagnostic, diagnosticRange, DIAGNOSTIC_SOURCE } from './convert.js';
