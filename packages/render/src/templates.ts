/**
 * Finding and compiling templates. The default templates ship inside this package
 * (`templates/common/` shared by every edition, `templates/<edition>/` for what differs); an
 * office points `--templates` at a directory of its own, laid out the same way (or flat), and any
 * file found there wins over the default.
 *
 * Lookup of a file F for edition E, first match wins:
 *   DIR/E/F → DIR/common/F → DIR/F → (default) E/F → (default) common/F
 * The DOCX style (`docx-style.json`) is the exception: every level found is merged, key by key,
 * over the one below, so an office's file needs only the settings it changes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** The default templates, beside `src/` and `dist/` in the installed package. */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

type Compiled = (context: unknown) => string;

export interface TemplateSetOptions {
  edition: string;
  /** An office's template directory. */
  dir?: string;
}

export class TemplateSet {
  readonly edition: string;
  readonly dir?: string;
  /** Directories searched, first match wins. */
  readonly searchPath: string[];
  private readonly compiled = new Map<string, Compiled>();
  private readonly engines = new Map<string, typeof Handlebars>();

  constructor(options: TemplateSetOptions) {
    this.edition = options.edition;
    this.dir = options.dir;
    const user = options.dir
      ? [join(options.dir, options.edition), join(options.dir, 'common'), options.dir]
      : [];
    this.searchPath = [
      ...user,
      join(DEFAULT_TEMPLATES_DIR, options.edition),
      join(DEFAULT_TEMPLATES_DIR, 'common'),
    ];
  }

  /** The path of a template file, or undefined when no directory has it. */
  resolve(file: string): string | undefined {
    for (const dir of this.searchPath) {
      const path = join(dir, file);
      if (existsSync(path) && statSync(path).isFile()) return path;
    }
    return undefined;
  }

  read(file: string): { path: string; text: string } {
    const path = this.resolve(file);
    if (!path) throw new TemplateError(file, 'not found in any template directory');
    return { path, text: readFileSync(path, 'utf8') };
  }

  /** Every level of a JSON file, most general first (for merging). */
  readAllJson(file: string): { path: string; value: unknown }[] {
    const out: { path: string; value: unknown }[] = [];
    for (const dir of [...this.searchPath].reverse()) {
      const path = join(dir, file);
      if (!existsSync(path)) continue;
      try {
        out.push({ path, value: JSON.parse(readFileSync(path, 'utf8')) });
      } catch (error) {
        throw new TemplateError(path, (error as Error).message);
      }
    }
    return out;
  }

  /**
   * The compiled document template of a format (`html` or `txt`), with the partials of
   * `<format>/partials/` registered.
   */
  document(format: 'html' | 'txt', helpers: Record<string, Handlebars.HelperDelegate>): Compiled {
    const key = format;
    const cached = this.compiled.get(key);
    if (cached) return cached;
    const engine = this.engine(format, helpers);
    const { path, text } = this.read(`${format}/document.hbs`);
    const template = compile(engine, path, text, format);
    const render: Compiled = (context) => {
      try {
        return template(context);
      } catch (error) {
        throw new TemplateError(path, (error as Error).message);
      }
    };
    this.compiled.set(key, render);
    return render;
  }

  private engine(
    format: 'html' | 'txt',
    helpers: Record<string, Handlebars.HelperDelegate>,
  ): typeof Handlebars {
    const existing = this.engines.get(format);
    if (existing) return existing;
    const engine = Handlebars.create();
    engine.registerHelper(helpers);
    const names = new Set<string>();
    for (const dir of this.searchPath) {
      const partials = join(dir, format, 'partials');
      if (!existsSync(partials)) continue;
      for (const entry of readdirSync(partials))
        if (entry.endsWith('.hbs')) names.add(entry.slice(0, -4));
    }
    for (const name of names) {
      const { path, text } = this.read(`${format}/partials/${name}.hbs`);
      engine.registerPartial(name, compile(engine, path, text, format));
    }
    this.engines.set(format, engine);
    return engine;
  }

  /** Where a file was found, relative to its template directory (for messages). */
  describe(path: string): string {
    const dir = this.searchPath.find((d) => path.startsWith(d));
    return dir ? relative(dir, path) : path;
  }
}

function compile(
  engine: typeof Handlebars,
  path: string,
  text: string,
  format: 'html' | 'txt',
): Handlebars.TemplateDelegate {
  try {
    // Compile eagerly so that a syntax error names its file now, not at first use.
    // Parse now, so that a syntax error names its file before anything renders; compile the
    // parsed program (not the text) so that it is parsed only once.
    const program = engine.parse(text);
    return engine.compile(program, { noEscape: format === 'txt' });
  } catch (error) {
    throw new TemplateError(path, (error as Error).message);
  }
}

const sets = new Map<string, TemplateSet>();

/** A template set, cached per directory and edition (batch builds reuse the compiled templates). */
export function templateSet(options: TemplateSetOptions): TemplateSet {
  const key = `${options.dir ?? ''}\u0000${options.edition}`;
  let set = sets.get(key);
  if (!set) {
    set = new TemplateSet(options);
    sets.set(key, set);
  }
  return set;
}
