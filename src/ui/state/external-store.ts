/**
 * The listener half of a store kept outside React (read with useSyncExternalStore): who to tell, and
 * telling them. The stores (touched fields, marks of an opened template) keep their own data.
 */
export function createListeners(): { subscribe: (listener: () => void) => () => void; notify: () => void } {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}
