// The reference for load and bytes: React 19 and nothing else, built like the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <h1>Bare React page</h1>
  </StrictMode>,
);
