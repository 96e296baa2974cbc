// The bare peer of bench:subscriptions: graphql-yoga + graphql-ws + ws (the versions in node_modules), wired as
// in Yoga's graphql-ws recipe (every ws operation through Yoga's envelop pipeline), with a schema that has
// dialgraph's campaignStatusChanged field and payload shape, fed from Yoga's in-process pubsub. No database, no
// auth lookup (a socket only needs a non-empty token), no outbox: what the fan-out costs without dialgraph.
// POST /publish {"id","status","version"} publishes one event, stamped with updatedAt; SSE is Yoga's own
// (Accept: text/event-stream on /graphql) and graphql-sse's single-connection mode on /graphql/stream.
// env: PORT.
import { createServer } from 'node:http';
import { createPubSub, createSchema, createYoga } from 'graphql-yoga';
import { useGraphQLSSE } from '@graphql-yoga/plugin-graphql-sse';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';

const PORT = Number(process.env.PORT);
if (!PORT) {
  console.error('subscriptions peer: PORT is required');
  process.exit(2);
}

const pubsub = createPubSub();
const schema = createSchema({
  typeDefs: /* GraphQL */ `
    scalar DateTime
    enum CampaignStatus { STOP STOPPING RUN }
    type Campaign { id: ID! status: CampaignStatus! version: Int! updatedAt: DateTime }
    type Query { ok: Boolean! }
    type Subscription { campaignStatusChanged(campaignId: ID): Campaign }
  `,
  resolvers: {
    Query: { ok: () => true },
    Subscription: {
      campaignStatusChanged: {
        subscribe: (_root, { campaignId }) => pubsub.subscribe('campaignStatusChanged', campaignId ?? 'all'),
        resolve: (campaign) => campaign,
      },
    },
  },
});

const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, logging: false, plugins: [useGraphQLSSE({ endpoint: '/graphql/stream' })] });

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/publish') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const { id, status, version } = JSON.parse(body);
      const event = { id, status, version, updatedAt: new Date().toISOString() };
      pubsub.publish('campaignStatusChanged', id, event);
      pubsub.publish('campaignStatusChanged', 'all', event);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ version }));
    });
    return;
  }
  return yoga(req, res);
});

useServer(
  {
    connectionInitWaitTimeout: 10_000,
    onConnect: (ctx) => {
      const token = ctx.connectionParams?.token;
      return typeof token === 'string' && token.length > 0;
    },
    execute: (args) => args.rootValue.execute(args),
    subscribe: (args) => args.rootValue.subscribe(args),
    onSubscribe: async (ctx, _id, params) => {
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, socket: ctx.extra.socket, params });
      const args = {
        schema, operationName: params.operationName, document: parse(params.query), variableValues: params.variables,
        contextValue: await contextFactory(), rootValue: { execute, subscribe },
      };
      const errors = validate(args.schema, args.document);
      return errors.length ? errors : args;
    },
  },
  new WebSocketServer({ server, path: '/graphql' }),
);

server.listen(PORT, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
