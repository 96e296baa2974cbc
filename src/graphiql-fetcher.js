// GraphiQL's fetcher, run in the browser (inlined into the page by ./graphiql-page.ts, after graphql-ws's UMD
// bundle, which defines `graphqlWs`). Written here because Yoga's own fetcher sends the Headers pane only over
// HTTP: its graphql-ws client opens with `connection_init {}`, which dialgraph refuses (4403), and it retries a
// refusal five times behind a spinner. This one passes the Headers pane (and the page's ?token=) to the socket
// as connectionParams `{ headers, token }`, opens a new socket when the headers change, and ends a refused
// subscription with an error in the result pane that quotes the server's close reason.
/* global graphqlWs */
/* eslint-disable */
(function dialgraphGraphiQLFetcher(endpointPath) {
  const endpoint = new URL(endpointPath, location.href).toString();
  const wsUrl = endpoint.replace(/^http/, 'ws');
  const pageToken = new URLSearchParams(location.search).get('token');
  let client = null;
  let clientHeaders = null;

  // One socket per Headers pane content: a token pasted (or changed) takes effect at the next operation.
  function socketFor(headers) {
    const key = JSON.stringify(headers);
    if (client && key === clientHeaders) return client;
    if (client) client.dispose();
    clientHeaders = key;
    client = graphqlWs.createClient({
      url: wsUrl,
      lazy: true,
      connectionParams: () => (pageToken ? { headers, token: pageToken } : { headers }),
      // A refusal (4xxx: a bad token, too many sockets) will not change by retrying; a dropped socket may.
      retryAttempts: 3,
      shouldRetry: (event) => !(event && typeof event.code === 'number' && event.code >= 4000 && event.code < 5000),
    });
    return client;
  }

  function operationType(params, documentAST) {
    const operations = ((documentAST && documentAST.definitions) || []).filter((d) => d.kind === 'OperationDefinition');
    const chosen = operations.find((d) => params.operationName && d.name && d.name.value === params.operationName) || operations[0];
    return chosen ? chosen.operation : 'query';
  }

  // What GraphiQL shows in its result pane when the socket is closed or cannot open.
  function socketError(event) {
    if (event && typeof event.code === 'number') {
      const reason = event.reason || 'no reason given';
      return { errors: [{ message: `The server closed the WebSocket (${event.code}): ${reason}`, extensions: { closeCode: event.code, closeReason: event.reason } }] };
    }
    const message = event instanceof Error ? event.message : `could not open ${wsUrl}`;
    return { errors: [{ message: `WebSocket error: ${message}` }] };
  }

  async function* subscribe(params, headers) {
    try {
      yield* socketFor(headers).iterate(params);
    } catch (event) {
      yield socketError(event);
    }
  }

  return function fetcher(params, options) {
    const headers = (options && options.headers) || {};
    if (operationType(params, options && options.documentAST) === 'subscription') return subscribe(params, headers);
    // The page's ?token= signs in its HTTP requests too, unless the Headers pane sends a token.
    const signed = pageToken && !Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
    return fetch(signed ? `${endpoint}?token=${encodeURIComponent(pageToken)}` : endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(params),
    }).then((response) => response.json());
  };
})
