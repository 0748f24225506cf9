/**
 * openapi-fetch turns every call into `new Request(url, init)` and hands that to `fetch`, which copies it
 * into a `Request` of its own and pipes a string body through a stream to do so: packages/bench measured a
 * create at 1.3x raw fetch because of it. Given these as its per-call `Request` and `fetch` options,
 * openapi-fetch hands the global `fetch` the URL and init instead. `request.ts` uses them only for calls
 * with neither middleware nor an injected `fetch`, which are promised real `Request`s.
 */
export const directFetch = {
  /** Called with `new` by openapi-fetch: keeps the URL and init as they are (a constructor may return an object). */
  Request: function keepUrlAndInit(...urlAndInit: [string, RequestInit]) {
    return urlAndInit;
  },
  /** Sends what `Request` kept with the global `fetch`. */
  fetch: (urlAndInit: [string, RequestInit]) => fetch(...urlAndInit),
};
