// A helpdesk described as data (docs/interfaces.md §4): where its transcript, messages, sides and reply box
// are on the page. Admins send them by policy and users write them on the options page; the
// adapters read a page with one, the worker registers content scripts for its matches.
export interface SiteDescriptor {
  id: string;
  name: string;
  matches: string[];
  transcript: string;
  message: string;
  text?: string;
  agentWhen: string;
  customerWhen: string;
  systemWhen?: string;
  author?: string;
  time?: string;
  customerName?: string;
  composer: string;
  typing?: string;
}
