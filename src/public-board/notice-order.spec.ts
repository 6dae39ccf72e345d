import { inProcedureOrder, type BoardNotice } from './public-board.service';

const notice = (procedure: string, stage: string, startsOn: string): BoardNotice => ({
  id: `${procedure}-${stage}-${startsOn}`,
  number: 'GS-2026-000001',
  procedure,
  stage,
  title: '',
  startsOn,
  lastDay: startsOn,
  daysLeft: 0,
  open: true,
  rows: [],
});

describe(inProcedureOrder.name, () => {
  it('lists a procedure\'s notices in the order it posts them, procedures in order, the newest first within a stage', () => {
    const ordered = inProcedureOrder([
      notice('exit', 'announcement', '2026-03-01'),
      notice('identification', 'county_announcement', '2026-03-05'),
      notice('identification', 'village_publicity', '2026-02-01'),
      notice('identification', 'village_publicity', '2026-03-09'),
      notice('exit', 'village_publicity', '2026-02-10'),
    ]);
    expect(ordered.map((item) => item.id)).toEqual([
      'identification-village_publicity-2026-03-09',
      'identification-village_publicity-2026-02-01',
      'identification-county_announcement-2026-03-05',
      'exit-village_publicity-2026-02-10',
      'exit-announcement-2026-03-01',
    ]);
  });
});
