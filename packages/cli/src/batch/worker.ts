/** Worker-thread entry of the batch pool (piscina calls the default export). */
import { lintFile, type LintFileOptions, type LintFileResult } from '../lint/run.js';

export interface BatchTask extends Omit<LintFileOptions, 'ruleSet'> {
  file: string;
}

export default function run(task: BatchTask): Promise<LintFileResult> {
  return lintFile(task.file, task);
}
