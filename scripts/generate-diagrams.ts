/** Writes docs/workflows/*.md from the machine definitions. Usage: npm run diagrams */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workflowDocument } from '../workflows/diagram';
import { WORKFLOW_DOCUMENTS } from '../workflows/documents';

for (const document of WORKFLOW_DOCUMENTS) {
  const file = join(process.cwd(), document.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, workflowDocument(document.machine, document.title, document.intro));
  console.log(`Wrote ${document.path}`);
}
