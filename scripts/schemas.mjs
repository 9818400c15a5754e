// Writes schemas/*.schema.json from the TypeScript data types (the single source of truth),
// so organizers can validate their `_data/*.yml` or JSON files in an editor.
// `--check` (run by `npm test`) writes nothing and fails when a committed schema differs from its type, so the tests
// never change tracked files and a type changed without its schema is caught.
import { createGenerator } from 'ts-json-schema-generator';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
const stale = [];

const schemas = [
  {
    file: 'workshop-schedule',
    path: 'src/workshop-schedule/types.ts',
    type: 'ScheduleItems',
    title: '<workshop-schedule> items',
  },
  { file: 'speaker-card', path: 'src/speaker-card/types.ts', type: 'Speaker', title: '<speaker-card> speaker' },
  { file: 'paper-list', path: 'src/paper-list/types.ts', type: 'Papers', title: '<paper-list> papers' },
  { file: 'sponsor-strip', path: 'src/sponsor-strip/types.ts', type: 'Sponsors', title: '<sponsor-strip> sponsors' },
  {
    file: 'important-dates',
    path: 'src/important-dates/types.ts',
    type: 'ImportantDates',
    title: '<important-dates> dates',
  },
];

for (const s of schemas) {
  const schema = createGenerator({
    path: s.path,
    tsconfig: 'tsconfig.json',
    type: s.type,
    skipTypeCheck: true,
  }).createSchema(s.type);
  schema.$id = `https://unpkg.com/workshop-elements/schemas/${s.file}.schema.json`;
  schema.title = s.title;
  const file = `schemas/${s.file}.schema.json`;
  const text = JSON.stringify(schema, null, 2) + '\n';
  if (!check) writeFileSync(file, text);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(`${file} (from ${s.path})`);
}
if (stale.length) {
  console.error(`schemas: out of date with their types:\n  ${stale.join('\n  ')}\nrun: npm run build:schemas`);
  process.exit(1);
}
console.log(
  check ? `schemas: ${schemas.length} files up to date` : `schemas: wrote ${schemas.length} files to schemas/`,
);
