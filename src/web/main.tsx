import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/app.css';
import './styles/frame.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/pages.css';
import './styles/home.css';
import './styles/case.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
