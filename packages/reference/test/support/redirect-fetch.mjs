// Preloaded (`node --import`) into each README example the test runs: requests the example sends to Pieces
// OS's address (http://localhost:1000, which a test cannot listen on) go to the mock server the test
// started, named by REFERENCE_MOCK_URL. Everything else about the request is sent as the example built it.
const PIECES_OS = "http://localhost:1000";
const target = process.env.REFERENCE_MOCK_URL;
if (target === undefined) throw new Error("redirect-fetch.mjs needs REFERENCE_MOCK_URL");
const realFetch = globalThis.fetch;

globalThis.fetch = async function redirectedFetch(input, init) {
  const request = input instanceof Request ? input : undefined;
  const url = String(request === undefined ? input : request.url);
  if (!url.startsWith(`${PIECES_OS}/`)) return realFetch(input, init);
  const redirected = `${target}${url.slice(PIECES_OS.length)}`;
  if (request === undefined) return realFetch(redirected, init);
  const body = request.body === null ? undefined : await request.arrayBuffer();
  return realFetch(redirected, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(body === undefined ? {} : { body }),
    ...init,
  });
};
