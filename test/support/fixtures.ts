import type { DataSource } from 'typeorm';
import { StaffAccountEntity } from '../../src/accounts/staff-account.entity';
import type { StaffRole } from '../../src/accounts/staff-role';
import { hashPassword } from '../../src/auth/password';
import type { MemberDto } from '../../src/households/dto/member.dto';
import { idNumberCheckCharacter } from '../../src/households/id-number.util';
import type { RegionLevel } from '../../src/regions/region-code.util';
import { RegionEntity } from '../../src/regions/region.entity';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

/**
 * A county with two townships of two villages each, two groups per village:
 * county 450123; townships A (…100) and B (…200); villages A1, A2, B1, B2.
 */
export interface RegionTree {
  county: RegionEntity;
  townshipA: RegionEntity;
  townshipB: RegionEntity;
  villageA1: RegionEntity;
  villageA2: RegionEntity;
  villageB1: RegionEntity;
  villageB2: RegionEntity;
  groupA1: RegionEntity;
  groupA2: RegionEntity;
  groupB1: RegionEntity;
  groupB2: RegionEntity;
  otherCounty: RegionEntity;
  villageOtherCounty: RegionEntity;
  groupOtherCounty: RegionEntity;
}

async function region(
  dataSource: DataSource,
  level: RegionLevel,
  code: string,
  name: string,
  parent: RegionEntity | null,
  groupNumber: number | null = null,
): Promise<RegionEntity> {
  const repository = dataSource.getRepository(RegionEntity);
  return repository.save(repository.create({ level, code, name, parentId: parent?.id ?? null, groupNumber }));
}

export async function seedRegionTree(dataSource: DataSource): Promise<RegionTree> {
  const county = await region(dataSource, 'county', '450123000000', '青山县', null);
  const townshipA = await region(dataSource, 'township', '450123100000', '甲镇', county);
  const townshipB = await region(dataSource, 'township', '450123200000', '乙乡', county);
  const villageA1 = await region(dataSource, 'village', '450123100201', '甲一村', townshipA);
  const villageA2 = await region(dataSource, 'village', '450123100202', '甲二村', townshipA);
  const villageB1 = await region(dataSource, 'village', '450123200201', '乙一村', townshipB);
  const villageB2 = await region(dataSource, 'village', '450123200202', '乙二村', townshipB);
  const groupA1 = await region(dataSource, 'group', villageA1.code, '一组', villageA1, 1);
  await region(dataSource, 'group', villageA1.code, '二组', villageA1, 2);
  const groupA2 = await region(dataSource, 'group', villageA2.code, '一组', villageA2, 1);
  const groupB1 = await region(dataSource, 'group', villageB1.code, '一组', villageB1, 1);
  const groupB2 = await region(dataSource, 'group', villageB2.code, '一组', villageB2, 1);
  const otherCounty = await region(dataSource, 'county', '450124000000', '邻县', null);
  const otherTownship = await region(dataSource, 'township', '450124100000', '邻镇', otherCounty);
  const villageOtherCounty = await region(dataSource, 'village', '450124100201', '邻村', otherTownship);
  const groupOtherCounty = await region(dataSource, 'group', villageOtherCounty.code, '一组', villageOtherCounty, 1);
  return {
    county, townshipA, townshipB, villageA1, villageA2, villageB1, villageB2,
    groupA1, groupA2, groupB1, groupB2, otherCounty, villageOtherCounty, groupOtherCounty,
  };
}

export async function createAccount(
  dataSource: DataSource,
  username: string,
  role: StaffRole,
  region: RegionEntity | null,
): Promise<StaffAccountEntity> {
  passwordHash ??= hashPassword(PASSWORD);
  const repository = dataSource.getRepository(StaffAccountEntity);
  return repository.save(
    repository.create({ username, displayName: username, role, regionId: region?.id ?? null, passwordHash: await passwordHash }),
  );
}

let issued = 0;

/** A valid ID number, different on every call in this process. */
export function anIdNumber(options: { birth?: string; male?: boolean } = {}): string {
  issued += 1;
  const birth = options.birth ?? `19${String(50 + (issued % 45)).padStart(2, '0')}0${1 + (issued % 9)}1${issued % 10}`;
  const serial = (Math.floor(issued / 10) % 500) * 2 + (options.male === false ? 0 : 1);
  const first17 = `450123${birth}${String(serial).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

export function aMember(overrides: Partial<MemberDto> = {}): MemberDto {
  return {
    name: '韦建国',
    idNumber: anIdNumber(),
    relation: 'head',
    health: 'healthy',
    labourCapacity: 'ordinary',
    schooling: 'junior_secondary',
    ...overrides,
  };
}
