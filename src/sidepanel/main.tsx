import { render } from 'preact';
import { App } from './App';
import './panel.css';

render(<App />, document.getElementById('app')!);
