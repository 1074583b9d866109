// A yes/no question asked of a card's template ("does it speak of pets?", "does it name a
// feeling?"): the panel asks it of the same few templates after every turn, so each template's
// answer is kept rather than its regex run again.

// Templates come from the rule packs and the code: few. Bounded all the same (a long-lived worker
// may load many packs).
const MAX_TEMPLATES = 2_000;

export class TemplateAnswers {
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly test: RegExp) {
    if (test.global || test.sticky) throw new RangeError('TemplateAnswers: a global or sticky regex keeps state from test to test');
  }

  /** Does the template match? */
  of(template: string): boolean {
    let answer = this.answers.get(template);
    if (answer === undefined) {
      if (this.answers.size >= MAX_TEMPLATES) this.answers.clear();
      this.answers.set(template, (answer = this.test.test(template)));
    }
    return answer;
  }
}
