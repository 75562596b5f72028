// placeholder until @nianbao/render lands
export type OutputFormat = 'docx' | 'html' | 'txt';
export function errorSummary(errors: { line: number; message: string }[]) {
  return { count: errors.length, line: errors[0]?.line, message: errors[0]?.message };
}
export async function buildOutput(_: {
  text: string;
  file?: string;
  format: OutputFormat;
  templates?: string;
  locale: string;
}): Promise<string> {
  throw new Error('not yet');
}
export async function renderPreviewHtml(_: {
  text: string;
  file?: string;
  templates?: string;
  locale: string;
}): Promise<string> {
  throw new Error('not yet');
}
