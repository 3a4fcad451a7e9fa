import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices, ServicesProvider } from './app/services';
import { expireOverdueAttempts } from './features/exam-room/expire-overdue';
import './styles.css';

const services = createServices();
const root = createRoot(document.getElementById('root') as HTMLElement);

// Settle attempts whose time ran out while the app was closed before showing anything.
expireOverdueAttempts(services.attempts, services.clock)
  .catch((error: unknown) => console.error('Could not check for expired attempts', error))
  .finally(() => {
    root.render(
      <StrictMode>
        <ServicesProvider services={services}>
          <App />
        </ServicesProvider>
      </StrictMode>,
    );
  });
