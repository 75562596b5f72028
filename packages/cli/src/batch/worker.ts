/** Worker-thread entry of the batch pool (piscina calls the default export). */
import { checkFile, type CheckTask, type FileResult } from './check-file.js';

export default function run(task: CheckTask): Promise<FileResult> {
  return checkFile(task);
}
