import { redactRequest, redactUrl } from './log-redaction';

describe(redactUrl.name, () => {
  it.each([
    ['/households?idNumber=45012319800101123X&limit=5', '/households?idNumber=%5Bredacted%5D&limit=5'],
    ['/households?headName=%E9%9F%A6', '/households?headName=%E9%9F%A6'],
    ['/households', '/households'],
  ])('%s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
    expect(redactUrl(url)).not.toContain('45012319800101123X');
  });

  it('redacts the parsed query too', () => {
    expect(redactRequest({ url: '/households?idNumber=45012319800101123X', query: { idNumber: '45012319800101123X', limit: '5' }, method: 'GET' })).toEqual({
      url: '/households?idNumber=%5Bredacted%5D',
      query: { idNumber: '[redacted]', limit: '5' },
      method: 'GET',
    });
  });
});
