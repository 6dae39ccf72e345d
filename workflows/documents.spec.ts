import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineToMermaid, workflowDocument } from './diagram';
import { WORKFLOW_DOCUMENTS } from './documents';
import { identificationMachine } from './identification/identification.machine';

describe('workflow documents', () => {
  it.each(WORKFLOW_DOCUMENTS.map((document) => [document.path, document] as const))('%s matches its machine (run `npm run diagrams`)', (path, document) => {
    const committed = readFileSync(join(__dirname, '..', path), 'utf8');
    expect(committed).toBe(workflowDocument(document.machine, document.title, document.intro));
  });

  it('draws every stage, guarded transitions with their guards', () => {
    const diagram = machineToMermaid(identificationMachine);
    expect(diagram).toContain('democratic_appraisal --> verification : APPRAISAL_RECORDED [relationDeclared & majority]');
    expect(diagram).toContain('democratic_appraisal --> democratic_appraisal : APPRAISAL_RECORDED [relationDeclared & !quorate]');
    expect(diagram).toContain('village_publicity__open --> township_review : PUBLICITY_WINDOW_ENDED [windowOver & nothingOpen]');
    expect(diagram).toContain('confirmed --> [*]');
  });
});
