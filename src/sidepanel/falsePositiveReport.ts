// "Report a false positive": the flagged turn as a rule example a QA lead can paste under the
// rule's `examples.ignore` in rules/*.yaml (schema: rules/schema.json, `$defs.example`).
import type { PanelFlag } from '../platform/protocol';

/** JSON strings are valid YAML double-quoted scalars: safe for any chat text. */
const yamlString = (text: string) => JSON.stringify(text);

export function falsePositiveExample(flag: PanelFlag, customerName: string | undefined, date: Date): string {
  const speaker = flag.draft ? 'draft' : (flag.turnSpeaker ?? 'customer');
  const lines = [
    `# False positive of ${flag.rule} (${flag.category}), reported ${date.toISOString().slice(0, 10)}.`,
    `# Paste under that rule's examples.ignore:`,
    `- ${customerName ? `customer: ${yamlString(customerName)}\n  ` : ''}turns:`,
    `    - ${speaker}: ${yamlString(flag.turnText ?? '')}`,
  ];
  return lines.join('\n') + '\n';
}
