// Batching per request: the fields of every row on a page load with one query. One loader per context, and
// uncached: a subscription keeps one context for all of its events, and each event must read afresh.
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';

/** `loaderOf(ctx)` returns the request's loader, whose batches call `load(ctx, keys)`. */
export function perRequestLoader<V>(load: (ctx: Context, keys: readonly string[]) => Promise<V[]>): (ctx: Context) => DataLoader<string, V> {
  const loaders = new WeakMap<Context, DataLoader<string, V>>();
  return (ctx) => {
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader((keys) => load(ctx, keys), { cache: false });
      loaders.set(ctx, loader);
    }
    return loader;
  };
}
