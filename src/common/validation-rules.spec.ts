import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { getMetadataStorage, IsInt, IsString, MetadataStorage, Min, registerDecorator, ValidateNested, validateSync } from 'class-validator';
import { memoizeValidationRules } from './validation-rules';

class Vote {
  @IsString()
  caseId!: string;

  @IsInt()
  @Min(0)
  inFavour!: number;
}

class Meeting {
  @ValidateNested({ each: true })
  @Type(() => Vote)
  votes!: Vote[];
}

const meeting = (votes: unknown[]) => plainToInstance(Meeting, { votes });
const problems = (value: object) =>
  validateSync(value, { whitelist: true, forbidNonWhitelisted: true }).flatMap((error) =>
    (error.children ?? []).flatMap((vote) => (vote.children ?? []).map((field) => `${vote.property}.${field.property}: ${Object.keys(field.constraints ?? {}).join(',')}`)),
  );

describe('memoizeValidationRules', () => {
  const storage = getMetadataStorage();
  const scan = jest.spyOn(MetadataStorage.prototype, 'getTargetValidationMetadatas');
  beforeAll(() => memoizeValidationRules(storage));

  it('scans the registered classes once per class, not once per object validated', () => {
    scan.mockClear();
    const votes = Array.from({ length: 50 }, (_, n) => ({ caseId: `c${n}`, inFavour: n }));
    expect(problems(meeting(votes))).toEqual([]);
    expect(problems(meeting(votes))).toEqual([]);
    // Meeting and Vote: one scan each, though 100 votes were validated.
    expect(scan.mock.calls.map(([target]) => target)).toEqual([Meeting, Vote]);
  });

  it('still finds every broken rule of every nested object', () => {
    expect(problems(meeting([{ caseId: 'a', inFavour: -1 }, { caseId: 7, inFavour: 2 }, { caseId: 'c', inFavour: 1, extra: true }]))).toEqual([
      '0.inFavour: min',
      '1.caseId: isString',
      '2.extra: whitelistValidation',
    ]);
  });

  it('applies a rule registered after a class was first validated', () => {
    expect(problems(meeting([{ caseId: 'x', inFavour: 1 }]))).toEqual([]);
    registerDecorator({ name: 'notX', target: Vote, propertyName: 'caseId', validator: { validate: (value) => value !== 'x' } });
    expect(problems(meeting([{ caseId: 'x', inFavour: 1 }]))).toEqual(['0.caseId: notX']);
  });

  it('is installed once however often it is asked', () => {
    const installed = storage.getTargetValidationMetadatas;
    memoizeValidationRules(storage);
    expect(storage.getTargetValidationMetadatas).toBe(installed);
  });
});
