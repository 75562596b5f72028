/**
 * Which Markdown documents are nianbao reports. In an editor every Markdown file is opened, and a
 * README must not light up with "missing frontmatter": a report is a document whose YAML
 * frontmatter names an `edition:`. The check is textual on purpose, so that a report whose YAML is
 * broken (the very thing the linter should report) is still recognised.
 */

const OPENING = /^\uFEFF?---[ \t]*\r?\n/u;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/mu;
const EDITION_KEY = /^edition[ \t]*:/mu;

/** Whether a text starts with YAML frontmatter that has a top-level `edition:` key. */
export function isNianbaoDocument(text: string): boolean {
  const opening = OPENING.exec(text);
  if (!opening) return false;
  // Frontmatter is short; do not scan a whole document that never closes it.
  const rest = text.slice(opening[0].length, opening[0].length + 4096);
  const closing = CLOSING.exec(rest);
  const yaml = closing ? rest.slice(0, closing.index) : rest;
  return EDITION_KEY.test(yaml);
}
