import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createServices, ServicesProvider } from './app/services';
import { isExpired } from './domain/clock';
import { expireOverdueAttempts } from './features/exam-room/expire-overdue';
import './styles.css';

const services = createServices();
const root = createRoot(document.getElementById('root') as HTMLElement);

// Before showing anything: settle attempts whose time ran out while the app was closed, and
// load the user's date format (nothing to load for US English).
void Promise.all([
  // Only an overdue attempt needs the database code loaded before the first page.
  services.home
    .inProgress()
    .then((running) =>
      running.some((a) => isExpired(a, services.clock.now()))
        ? expireOverdueAttempts(services.attempts, services.clock)
        : 0,
    )
    .catch((error: unknown) => console.error('Could not check for expired attempts', error)),
  // US English is date-fns's default: only other languages load the locale code.
  /^en(-US)?$/i.test(navigator.languages[0] ?? navigator.language)
    ? null
    : import('./lib/locale').then((m) => m.applyUserLocale()),
]).finally(() => {
  root.render(
    <StrictMode>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
});
