/** `nianbao new`: write a report skeleton of an edition. */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  editionForYear,
  frontmatterSchema,
  getEdition,
  parseReport,
  scaffoldReport,
} from '@nianbao/core';
import { fileErrorReason, writeFileAtomic, type Io } from '../io.js';
import { t } from '../messages.js';

export async function runNew(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      edition: { type: 'string', default: '2021' },
      year: { type: 'string' },
      agency: { type: 'string' },
      date: { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(`${t(io.locale, 'new-usage')}\n`);
    return 0;
  }
  const edition = getEdition(values.edition!);
  if (!edition) {
    io.stderr(`${t(io.locale, 'new-bad-edition', { edition: values.edition })}\n`);
    return 2;
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/u.test(values.year)) {
      io.stderr(`${t(io.locale, 'new-bad-year', { year: values.year })}\n`);
      return 2;
    }
    year = Number(values.year);
    const expected = editionForYear(year);
    if (expected.id !== edition.id && !values.force) {
      io.stderr(
        `${t(io.locale, 'new-year-edition', { year, expected: expected.id, edition: edition.id })}\n`,
      );
      return 2;
    }
  }
  if (values.date !== undefined && !frontmatterSchema.shape.date.safeParse(values.date).success) {
    io.stderr(`${t(io.locale, 'new-bad-date', { date: values.date })}\n`);
    return 2;
  }
  const text = scaffoldReport({
    edition: edition.id,
    year,
    agency: values.agency,
    date: values.date,
  });
  if (!values.output) {
    io.stdout(text);
    return 0;
  }
  const file = resolve(io.cwd, values.output);
  if (!values.force) {
    const exists = await access(file).then(
      () => true,
      () => false,
    );
    if (exists) {
      io.stderr(`${t(io.locale, 'new-exists', { file: values.output })}\n`);
      return 1;
    }
  }
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    const reason = fileErrorReason(error);
    io.stderr(`${t(io.locale, 'write-failed', { file: values.output, reason })}\n`);
    return 1;
  }
  const report = parseReport(text);
  const cells = report.cells.size;
  io.stderr(
    `${t(io.locale, 'new-written', { file: values.output, edition: edition.id, cells })}\n`,
  );
  return 0;
}
