import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';

type GuardShape = string | { type?: string; name?: string; guards?: GuardShape[] } | undefined;

/** and([...]) and not(...) are functions carrying their parts; named guards are strings. */
function guardText(guard: GuardShape): string {
  if (guard === undefined) return '';
  if (typeof guard === 'string') return guard;
  if (guard.guards) {
    const parts = guard.guards.map(guardText);
    return guard.name === 'not' ? `!${parts.join('')}` : parts.join(guard.name === 'or' ? ' | ' : ' & ');
  }
  return guard.type ?? '';
}

const mermaidId = (node: AnyStateNode) => node.path.join('__') || 'root';

function transitionLine(node: AnyStateNode, transition: AnyTransitionDefinition, indent: string): string {
  const guard = guardText(transition.guard as GuardShape);
  const eventType = String(transition.eventType);
  const label = guard ? `${eventType} [${guard}]` : eventType;
  const targets = transition.target ?? [node];
  return targets.map((target) => `${indent}${mermaidId(node)} --> ${mermaidId(target)} : ${label}`).join('\n');
}

function stateBlock(node: AnyStateNode, indent: string, lines: string[]): void {
  const label = (node.description ?? node.key).split(' · ')[0] ?? node.key;
  lines.push(`${indent}state "${label} (${node.key})" as ${mermaidId(node)}`);
  const children = Object.values(node.states);
  if (children.length > 0) {
    lines.push(`${indent}state ${mermaidId(node)} {`);
    const initial = node.initial?.target[0];
    if (initial) lines.push(`${indent}  [*] --> ${mermaidId(initial)}`);
    for (const child of children) stateBlock(child, `${indent}  `, lines);
    lines.push(`${indent}}`);
  }
}

/**
 * A Mermaid state diagram generated from the machine definition, so the picture in docs/
 * cannot drift from the code (CI compares the committed file with a fresh one).
 */
export function machineToMermaid(machine: AnyStateMachine): string {
  const root = machine.root;
  const lines = ['stateDiagram-v2'];
  const initial = root.initial?.target[0];
  if (initial) lines.push(`  [*] --> ${mermaidId(initial)}`);
  const top = Object.values(root.states);
  for (const node of top) stateBlock(node, '  ', lines);
  // Edges after every block, at the top level: Mermaid would otherwise create an outer target inside a block.
  for (const node of top.flatMap((parent) => [parent, ...Object.values(parent.states)])) {
    for (const transition of [...node.transitions.values()].flat()) lines.push(transitionLine(node, transition, '  '));
    if (node.type === 'final') lines.push(`  ${mermaidId(node)} --> [*]`);
  }
  return lines.join('\n');
}

export function workflowDocument(machine: AnyStateMachine, title: string, intro: string): string {
  const states = Object.values(machine.root.states).flatMap((node) => [node, ...Object.values(node.states)]);
  const table = states.map((node) => `| \`${node.path.join('.')}\` | ${node.description ?? ''} |`).join('\n');
  // Events the machine takes whatever its stage (the whole procedure's time limit): no edge to draw.
  const anywhere = [...machine.root.transitions.values()].flat().map((transition) => `- \`${String(transition.eventType)}\` [${guardText(transition.guard as GuardShape)}]`);
  const everyStage = anywhere.length > 0 ? `\n## Taken in every stage\n\n${anywhere.join('\n')}\n` : '';
  return `# ${title}

<!-- Generated from the machine definition by \`npm run diagrams\`; CI fails when it is stale. -->

${intro}

\`\`\`mermaid
${machineToMermaid(machine)}
\`\`\`

## States

| state | description |
|---|---|
${table}
${everyStage}`;
}
