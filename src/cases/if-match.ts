import { invalidFields } from '../common/domain-error';

/** `If-Match: "7"` (or 7): the case version the client saw. */
export function expectedVersion(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const version = Number(ifMatch.replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isInteger(version) || version < 1) throw invalidFields([{ field: 'If-Match', reason: '须为案件版本号，如 "3"' }]);
  return version;
}

export const IF_MATCH = { name: 'If-Match', required: false, description: '客户端所见的案件版本；不一致时返回 412，不做任何更改' };
