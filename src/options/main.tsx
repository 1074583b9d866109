import { render } from 'preact';

// Placeholder until the options app lands (same session); keeps the manifest's page buildable.
render(<main>Composure settings</main>, document.getElementById('app')!);
