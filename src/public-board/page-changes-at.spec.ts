import { pageChangesAt } from './public-board.service';

const DAY = 86_400_000;
const END = Date.parse('2026-12-10T16:00:00Z');

describe('pageChangesAt', () => {
  it('is the next count-down of an open notice days left, its end on the last day', () => {
    // 2.5 days left reads 3: it reads 2 half a day from now.
    expect(pageChangesAt(END, END - 2.5 * DAY, 30)).toBe(END - 2 * DAY);
    // Exactly two days left reads 2 until a moment later.
    expect(pageChangesAt(END, END - 2 * DAY, 30)).toBe(END - DAY);
    expect(pageChangesAt(END, END - 0.2 * DAY, 30)).toBe(END);
  });

  it('is the day a closed notice leaves the board after its days online', () => {
    expect(pageChangesAt(END, END, 30)).toBe(END + 30 * DAY);
    expect(pageChangesAt(END, END + 3 * DAY, 0)).toBe(END);
  });
});
