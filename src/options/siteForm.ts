// The add-a-desk form: its values turned into a helpdesk descriptor (docs/interfaces.md §4) and checked with
// the same validator the policy reader uses, with each problem shown beside its own field.
import { descriptorProblems } from '../sites/validateDescriptor';
import type { SiteDescriptor } from '../sites/siteDescriptor';

export type DescriptorField = keyof SiteDescriptor;

export interface FieldSpec {
  name: DescriptorField;
  label: string;
  hint: string;
  required: boolean;
  /** `matches` takes one pattern per line. */
  multiline?: boolean;
}

export const DESCRIPTOR_FIELDS: readonly FieldSpec[] = [
  { name: 'id', label: 'Id', hint: 'Short and unique, e.g. acme-desk', required: true },
  { name: 'name', label: 'Name', hint: 'As agents know it, e.g. Acme Desk', required: true },
  { name: 'matches', label: 'Addresses', hint: 'Match patterns, one per line, e.g. https://desk.acme.example/*', required: true, multiline: true },
  { name: 'transcript', label: 'Transcript', hint: 'The element holding the messages', required: true },
  { name: 'message', label: 'Message', hint: 'One message, inside the transcript', required: true },
  { name: 'agentWhen', label: 'Agent’s message when', hint: 'A message is the agent’s when it matches or is inside this', required: true },
  { name: 'customerWhen', label: 'Customer’s message when', hint: 'Likewise for the customer', required: true },
  { name: 'composer', label: 'Reply box', hint: 'Where the agent types', required: true },
  { name: 'text', label: 'Message text', hint: 'Optional: the text inside a message', required: false },
  { name: 'systemWhen', label: 'System message when', hint: 'Optional: notes and events', required: false },
  { name: 'author', label: 'Author', hint: 'Optional: the author’s name in a message', required: false },
  { name: 'time', label: 'Time', hint: 'Optional: reads datetime or title before text', required: false },
  { name: 'customerName', label: 'Customer name', hint: 'Optional: where the page shows the customer’s name', required: false },
  { name: 'typing', label: 'Typing indicator', hint: 'Optional: shown while the customer types', required: false },
];

export type SiteFormValues = Partial<Record<DescriptorField, string>>;

/** The form's values as a descriptor: lines of `matches` become a list, empty optional fields are left out. */
export function descriptorFromForm(values: SiteFormValues): Record<string, unknown> {
  const descriptor: Record<string, unknown> = {};
  for (const field of DESCRIPTOR_FIELDS) {
    const raw = (values[field.name] ?? '').trim();
    if (field.name === 'matches') {
      const lines = raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
      if (lines.length) descriptor.matches = lines;
    } else if (raw !== '') descriptor[field.name] = raw;
  }
  return descriptor;
}

/** A descriptor's values for the form (to start from a built-in desk's selectors). */
export function formFromDescriptor(descriptor: SiteDescriptor): SiteFormValues {
  const values: SiteFormValues = {};
  for (const field of DESCRIPTOR_FIELDS) {
    const value = descriptor[field.name];
    if (value !== undefined) values[field.name] = Array.isArray(value) ? value.join('\n') : value;
  }
  return values;
}

/** Problems per field (descriptorProblems words each "field: reason"); `takenIds` are desks that exist already. */
export function siteFormProblems(descriptor: Record<string, unknown>, takenIds: Iterable<string>): Partial<Record<DescriptorField | 'form', string[]>> {
  const problems: Partial<Record<DescriptorField | 'form', string[]>> = {};
  const add = (field: DescriptorField | 'form', reason: string) => (problems[field] ??= []).push(reason);
  for (const problem of descriptorProblems(descriptor)) {
    // A pattern's problem (`matches[2]: …`) is told by its line in the form's box.
    const pattern = /^matches\[(\d+)\]: /.exec(problem);
    if (pattern) {
      add('matches', `line ${Number(pattern[1]) + 1}: ${problem.slice(pattern[0].length)}`);
      continue;
    }
    const at = problem.indexOf(': ');
    const field = problem.slice(0, at) as DescriptorField;
    if (at > 0 && DESCRIPTOR_FIELDS.some((f) => f.name === field)) add(field, problem.slice(at + 2));
    else add('form', problem);
  }
  if (typeof descriptor.id === 'string' && [...takenIds].includes(descriptor.id)) add('id', `a desk with the id "${descriptor.id}" exists already`);
  return problems;
}
