import { parse } from 'csv-parse/sync';
import type { FieldProblem } from '../common/domain-error';
import { enclosingCode, levelOfCode, regionCodeProblem, type RegionLevel } from './region-code.util';
import type { ImportRegionNodeDto } from './dto/import-regions.dto';

/** One node to create or rename; `field` locates it in the input for error messages. */
export interface ImportRow {
  field: string;
  level: RegionLevel;
  /** For a group: its village's code. */
  code: string;
  name: string;
  groupNumber: number | null;
}

export interface ImportPlan {
  rows: ImportRow[];
  problems: FieldProblem[];
}

const LEVEL_ORDER: Record<RegionLevel, number> = { county: 0, township: 1, village: 2, group: 3 };

/** The code of the node a code nests in, by the statistical code's shape. */
export function parentCodeOf(level: RegionLevel, code: string): string | null {
  switch (level) {
    case 'county':
      return null;
    case 'township':
      return enclosingCode('county', code);
    case 'village':
      return enclosingCode('township', code);
    case 'group':
      return code;
  }
}

function sorted(plan: ImportPlan): ImportPlan {
  const keyed = plan.rows.map((row, index) => ({ row, index }));
  keyed.sort((a, b) => LEVEL_ORDER[a.row.level] - LEVEL_ORDER[b.row.level] || a.index - b.index);
  const seen = new Set<string>();
  for (const { row } of keyed) {
    const key = `${row.code}#${row.groupNumber ?? ''}`;
    if (seen.has(key)) plan.problems.push({ field: row.field, reason: '重复的区划 (代码或村民小组编号重复)' });
    seen.add(key);
  }
  return { rows: keyed.map(({ row }) => row), problems: plan.problems };
}

/** A nested JSON tree: each child must nest in the node it is written under. */
export function planFromTree(nodes: ImportRegionNodeDto[]): ImportPlan {
  const plan: ImportPlan = { rows: [], problems: [] };
  const visit = (node: ImportRegionNodeDto, field: string, parent: { level: RegionLevel; code: string } | null) => {
    const level = levelOfCode(node.code);
    if (level === null) {
      plan.problems.push({ field: `${field}.code`, reason: `${node.code} 不是有效的县、乡镇或村级区划代码` });
      return;
    }
    const problem = parent ? regionCodeProblem(level, node.code, parent) : null;
    if (problem) {
      plan.problems.push({ field: `${field}.code`, reason: problem.reason });
      return;
    }
    plan.rows.push({ field, level, code: node.code, name: node.name, groupNumber: null });
    (node.groups ?? []).forEach((group, index) => {
      if (level !== 'village') {
        plan.problems.push({ field: `${field}.groups`, reason: '只有村级区划下可以设村民小组' });
        return;
      }
      plan.rows.push({ field: `${field}.groups[${index}]`, level: 'group', code: node.code, name: group.name, groupNumber: group.number });
    });
    (node.children ?? []).forEach((child, index) => visit(child, `${field}.children[${index}]`, { level, code: node.code }));
  };
  nodes.forEach((node, index) => visit(node, `regions[${index}]`, null));
  return sorted(plan);
}

/**
 * CSV with a header `code,name,group_number`: a row without group number is a county,
 * township or village (level from the code); a row with one is a villager group of the
 * village whose code it carries.
 */
export function planFromCsv(text: string): ImportPlan {
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { rows: [], problems: [{ field: 'csv', reason: `CSV 格式错误: ${(error as Error).message}` }] };
  }
  const plan: ImportPlan = { rows: [], problems: [] };
  if (records.length === 0) plan.problems.push({ field: 'csv', reason: '没有数据行 (表头应为 code,name,group_number)' });
  records.forEach((record, index) => {
    const field = `row ${index + 2}`;
    const code = record.code ?? '';
    const name = record.name ?? '';
    const groupText = record.group_number ?? '';
    if (name.length === 0 || name.length > 100) {
      plan.problems.push({ field: `${field}.name`, reason: '名称必填，且不超过 100 个字符' });
      return;
    }
    const level = levelOfCode(code);
    if (groupText !== '') {
      const groupNumber = Number(groupText);
      if (!Number.isInteger(groupNumber) || groupNumber < 1 || groupNumber > 999) {
        plan.problems.push({ field: `${field}.group_number`, reason: '村民小组编号必须是 1 到 999 的整数' });
      } else if (level !== 'village') {
        plan.problems.push({ field: `${field}.code`, reason: '村民小组行的 code 必须是所属村的村级代码' });
      } else {
        plan.rows.push({ field, level: 'group', code, name, groupNumber });
      }
      return;
    }
    if (level === null) {
      plan.problems.push({ field: `${field}.code`, reason: `${code} 不是有效的县、乡镇或村级区划代码` });
      return;
    }
    plan.rows.push({ field, level, code, name, groupNumber: null });
  });
  return sorted(plan);
}
