// Data → the text of an output file: JSON, or YAML that Jekyll reads back exactly (YAML 1.1 rules, so that
// "08:30", "no" and "2019-12-13" stay quoted strings).
import { stringify } from 'yaml';
import { extname } from 'node:path';
import { CliError } from './io.js';

export function formatFor(file) {
  if (!file || file === '-') return 'json';
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.yml' || ext === '.yaml') return 'yaml';
  throw new CliError(file, undefined, 'the output must end in .json, .yml or .yaml');
}

export function serialize(data, format) {
  return format === 'yaml'
    ? stringify(data, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false })
    : `${JSON.stringify(data, null, 2)}\n`;
}
