import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/** How late the event loop ran timers, in milliseconds, since the last reset. */
export interface EventLoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/**
 * The bot's event-loop delay (perf_hooks): how long anything waited because something else held
 * the loop. What a metrics endpoint reads to show the bot never freezes.
 */
export class EventLoopDelayMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });

  start(): void {
    this.histogram.enable();
  }

  stop(): void {
    this.histogram.disable();
  }

  read(options: { reset?: boolean } = {}): EventLoopDelay {
    const ms = (ns: number) => Math.round((Number.isFinite(ns) ? ns : 0) / 1e4) / 100;
    const h = this.histogram;
    const delay =
      h.count === 0
        ? { p50Ms: 0, p99Ms: 0, maxMs: 0, meanMs: 0 }
        : { p50Ms: ms(h.percentile(50)), p99Ms: ms(h.percentile(99)), maxMs: ms(h.max), meanMs: ms(h.mean) };
    if (options.reset) h.reset();
    return delay;
  }
}
