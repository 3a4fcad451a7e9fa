/** Registers the service worker (production builds only) and reports when an update waits. */
export type ApplyUpdate = () => Promise<void>;
export type RegisterServiceWorker = (onUpdateReady: (apply: ApplyUpdate) => void) => void;

export const registerServiceWorker: RegisterServiceWorker = (onUpdateReady) => {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  // Loaded after the first render, so it never weighs on the first load.
  void import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh: () => onUpdateReady(() => update(true)),
      });
    })
    .catch((error: unknown) => console.error('Could not register the service worker', error));
};
