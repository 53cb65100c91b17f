// `redress templates eject`: the files a template needs, its own and every partial it uses
// (through other partials too), as they are on disk, to copy into a folder and edit.
import { basename, resolve } from 'node:path';
import { checkTemplateSource } from './template-check.js';
import { readTemplateFile, type TemplateSource } from './template-files.js';

export interface EjectFile {
  /** File name in the target folder: `first.hbs`, `_signature.hbs`. */
  name: string;
  from: string;
  content: string;
}

/** The template's file and every partial it uses (through other partials too), as they are on disk. */
export function templateFilesFor(source: TemplateSource): EjectFile[] {
  const partials = checkTemplateSource(source);
  const files: EjectFile[] = [{ name: basename(source.file), from: source.file, content: readTemplateFile(source.file) }];
  // Plain order of names (sort() compares code units), as in `templates list`.
  for (const name of [...partials.keys()].sort()) {
    const info = partials.get(name)!;
    files.push({ name: `_${name}.hbs`, from: info.file, content: readTemplateFile(info.file, resolve(info.file, '..')) });
  }
  return files;
}
