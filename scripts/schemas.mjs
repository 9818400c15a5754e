// Writes schemas/*.schema.json from the TypeScript data types (the single source of truth),
// so organizers can validate their `_data/*.yml` or JSON files in an editor.
import { createGenerator } from 'ts-json-schema-generator';
import { writeFileSync } from 'node:fs';

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
  writeFileSync(`schemas/${s.file}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
}
console.log(`schemas: wrote ${schemas.length} files to schemas/`);
