// A part of the panel folded behind its summary (the flags and cards behind the next step).
// <details>, not conditional rendering: what is folded stays in the DOM with its data attributes
// (docs/interfaces.md §7), so tests, the pop-out and the badge still see every open flag and card.
import type { ComponentChildren } from 'preact';

export function Fold(props: { name: string; summary: string; open: boolean; onToggle(open: boolean): void; children: ComponentChildren }) {
  return (
    <details class="more" data-fold={props.name} open={props.open} onToggle={(e) => props.onToggle(e.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {props.children}
    </details>
  );
}
