// A test's own dialer on a clock the test sets: the server's dialer is off (DIALER_ENABLED false) and this one
// runs a round only when asked, judging calling hours, retry waits and contact limits at the instant given, so
// the tests need no sleeps and do not depend on when they run.
import { afterAll, beforeAll } from 'vitest';
import { useTestApp } from './app.ts';
import { createDialer, type Dialer } from '../../src/dialer/engine.ts';

export function useClockedDialer(timeScale: number) {
  const t = useTestApp({ SIMULATOR_TIME_SCALE: String(timeScale), DIALER_ENABLED: 'false' });
  let now = 0;
  let dialer: Dialer | undefined;
  beforeAll(() => {
    const { services } = t.app;
    dialer = createDialer({
      prisma: services.db.prisma, bus: services.bus, logger: services.logger, instanceId: services.telephony.instanceId,
      place: (calls) => services.telephony.placeCalls(calls), timeScale, pollMs: 3_600_000, clock: () => now,
    });
  });
  afterAll(() => dialer?.stop());
  return {
    t,
    /** What the domain's writes need. */
    deps: () => ({ prisma: t.db.prisma, bus: t.app.services.bus }),
    /** One round of every running campaign with the clock at `at` (ms since the epoch). */
    async round(at: number): Promise<void> {
      now = at;
      await dialer!.round();
    },
  };
}

/** Polls `check` until it holds; fails after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
