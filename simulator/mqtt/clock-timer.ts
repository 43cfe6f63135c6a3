// MQTT.js's keepalive on the module's clock. MQTT.js takes an interval timer of its own
// (`timerVariant: { set, clear }`, the shape of setInterval/clearInterval); this one runs on the
// injected clock through ModemServices.setTimer, so the PINGREQ every <keepalive_time> seconds
// and the keepalive timeout are virtual time like every other delay of the module (a test on a
// ManualClock advances through them), and are cancelled when the module powers off.

import type { TimerHandle } from '../core/clock.js';
import type { ModemServices } from '../core/handler.js';

export interface IntervalTimer {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

export function clockIntervalTimer(services: Pick<ModemServices, 'setTimer' | 'clearTimer'>): IntervalTimer {
  const running = new Map<number, TimerHandle>();
  let nextId = 1;
  return {
    set(fn, ms) {
      const id = nextId++;
      const arm = () => {
        running.set(
          id,
          services.setTimer(ms, () => {
            // Armed again before fn runs, so that fn may clear it.
            arm();
            fn();
          }),
        );
      };
      arm();
      return id;
    },
    clear(id) {
      services.clearTimer(running.get(id));
      running.delete(id);
    },
  };
}
