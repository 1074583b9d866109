import { render } from 'preact';
import { App } from './App';
import '../ui/theme.css';
import './panel.css';

render(<App />, document.getElementById('app')!);
