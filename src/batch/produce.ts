// The letter for one case of a batch: the same steps as produceLetter() in
// src/letter/produce.ts (resolve, template, render, format), except that each template is
// looked up once per run instead of once per letter. findTemplate() reads the template
// folders and the template file from disk on every call, which for thousands of letters
// costs more than rendering them. Keep this in step with produceLetter().
import { resolveCase } from '../case/resolve.js';
import type { Case } from '../case/schema.js';
import { formatLetter } from '../letter/formats.js';
import type { Produced } from '../letter/produce.js';
import { renderLetter, templateFor, type Format } from '../letter/render.js';
import type { TemplateSource } from '../letter/templates.js';

export interface ProducerOptions {
  format: Format;
  template?: string;
  userTemplateDirs: string[];
}

export function makeProducer(options: ProducerOptions): (value: Case) => Produced {
  const templates = new Map<string, TemplateSource>();
  return (value) => {
    const resolved = resolveCase(value);
    if (!resolved.ok) return resolved;
    const key = options.template ?? resolved.value.letter.stage;
    let source = templates.get(key);
    if (!source) {
      source = templateFor(resolved.value, options.template, options.userTemplateDirs);
      templates.set(key, source);
    }
    const letter = renderLetter(resolved.value, source);
    return { ok: true, letter, output: formatLetter(letter, source, options.format) };
  };
}
