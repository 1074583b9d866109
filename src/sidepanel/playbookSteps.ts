// The de-escalation playbook's steps (docs/playbook.md), as the panel names them next to a flag.
export const PLAYBOOK_STEPS: Record<number, string> = {
  1: "Don't take it personally; stay calm",
  2: "Listen; let them vent; don't interrupt",
  3: "Use the customer's name",
  4: 'Restate the problem and ask them to confirm',
  5: 'Ask questions about the facts',
  6: "Empathize and apologize, but don't admit fault",
  7: 'Offer solutions; ask what they feel is fair',
  8: "Don't make promises you can't keep",
  9: 'Take action, then follow up',
  10: 'Escalate when a line is crossed',
  11: 'Stay positive; control your tone',
  12: 'Take a breather',
};
