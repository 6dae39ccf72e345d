import { HouseholdEntity } from '../src/households/household.entity';
import { HouseholdMemberEntity } from '../src/households/household-member.entity';
import { aMember, anIdNumber, createAccount, PASSWORD, seedRegionTree, type RegionTree } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('Concurrent registration of one person (e2e)', () => {
  let sut: TestApp;
  let tree: RegionTree;
  let token: string;

  beforeAll(async () => {
    sut = await startTestApp();
    tree = await seedRegionTree(sut.dataSource);
    await createAccount(sut.dataSource, 'county-clerk', 'county', tree.county);
    token = await sut.login('county-clerk', PASSWORD);
  });

  afterAll(() => sut.close());

  it('lets exactly one of 20 simultaneous registrations win; the others get 409 naming the winner', async () => {
    const person = anIdNumber();
    const groups = [tree.groupA1, tree.groupA2, tree.groupB1, tree.groupB2];
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        sut
          .as(token)
          .post('/households')
          .send({ groupId: groups[index % groups.length]?.id, members: [aMember({ idNumber: person })] }),
      ),
    );

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);

    const winner = responses.find((response) => response.status === 201)?.body as { id: string };
    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      expect(response.body).toMatchObject({ code: 'PERSON_IN_OTHER_HOUSEHOLD', householdId: winner.id });
    }
    expect(await sut.dataSource.getRepository(HouseholdMemberEntity).countBy({ idNumber: person })).toBe(1);
    // The losers left no household without members behind.
    expect(await sut.dataSource.getRepository(HouseholdEntity).count()).toBe(1);
  });
});
