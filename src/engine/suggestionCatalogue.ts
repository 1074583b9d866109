// Team-specific material for suggestions: the pre-approved remedies per problem type (an
// admin replaces them through policy) and who to hand off to on escalation.
import type { RemedyCatalogue } from './suggestions';

export interface SuggestionCatalogue {
  /** Problem type (delivery, billing, …) → keywords and the remedies the team may offer. */
  remedies: RemedyCatalogue;
  escalationContact?: string;
}
