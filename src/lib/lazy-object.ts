/**
 * An object whose async methods load it on first call: `lazyObject(() => import('./x').then(…))`
 * stands in for the object now, and the code behind it is fetched only when first used.
 * Only for objects whose methods all return promises.
 */
export function lazyObject<T extends object>(load: () => Promise<T>): T {
  let loading: Promise<T> | undefined;
  const target = () => (loading ??= load());
  return new Proxy({} as T, {
    get(_, key) {
      // Not a promise: `await lazyObject(…)` must give the proxy back, not call a `then`.
      if (key === 'then' || typeof key === 'symbol') return undefined;
      return async (...args: unknown[]): Promise<unknown> => {
        const object = await target();
        const method = Reflect.get(object, key) as (...a: unknown[]) => unknown;
        return method.apply(object, args);
      };
    },
  });
}
