import { maskName } from './mask-name';

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张建三', '张*三'],
    ['欧阳建国', '欧**国'],
    ['李', '李'],
    [' 韦秀英 ', '韦*英'],
    ['阿卜杜热合曼', '阿****曼'],
  ])('%s → %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
