/** The website form: one standalone, accessible HTML page from the HTML templates. */
import Handlebars from 'handlebars';
import { commonHelpers } from './helpers.js';
import type { TemplateData } from './model.js';
import type { TemplateSet } from './templates.js';

/** The helpers of the HTML templates (documented in docs/templates.md). */
export const htmlHelpers: Record<string, Handlebars.HelperDelegate> = {
  ...commonHelpers,
  /** Escape a text and keep its line breaks as `<br>`. */
  breaks: (text: unknown) =>
    new Handlebars.SafeString(
      Handlebars.escapeExpression(String(text ?? '')).replace(/\n/gu, '<br>'),
    ),
};

export function renderHtml(data: TemplateData, templates: TemplateSet): string {
  const render = templates.document('html', htmlHelpers);
  const css = templates.read('html/style.css').text;
  return render({ ...data, css });
}
