import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** A quiet line at the foot of the screen while the device is offline. */
export function OfflineNotice() {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    // The prerendered HTML assumes a connection; the client corrects it if not.
    () => true,
  );
  return (
    <div className="offline-notice" role="status">
      {online
        ? null
        : 'You are offline. Articles you have opened before still read; comments are saved on this device.'}
    </div>
  );
}
