// The page: signed out, the sign-in form; signed in, a header (who, the live connection, sign out) over the
// campaign list or one campaign. One Apollo Client per token (./connection.ts), replaced at sign-in and sign-out.
import { useEffect, useState } from 'react';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { createConnection, type Connection, type SocketState } from './connection.ts';
import { forgetToken, readToken, saveToken } from './session.ts';
import { SignIn } from './sign-in.tsx';
import { CampaignList } from './campaign-list.tsx';
import { CampaignView } from './campaign-view.tsx';
import { ViewerQuery } from './documents.ts';
import { ErrorNotice } from './errors.tsx';
import { useRoute } from './router.ts';
import { SocketContext } from './use-live-subscription.ts';

export function App() {
  const [token, setToken] = useState(readToken);
  const [socketState, setSocketState] = useState<SocketState>({ kind: 'idle' });
  const [connection, setConnection] = useState<Connection | null>(null);
  useEffect(() => {
    const created = createConnection(token, setSocketState);
    setConnection(created);
    return () => created.dispose();
  }, [token]);
  if (!connection) return null;

  const signIn = (next: string) => {
    saveToken(next);
    setToken(next);
  };
  const signOut = () => {
    forgetToken();
    setSocketState({ kind: 'idle' });
    setToken(null);
  };
  return (
    <ApolloProvider client={connection.client}>
      <SocketContext.Provider value={connection.socket}>
        {token ? <Dashboard socketState={socketState} onSignOut={signOut} /> : <SignIn onToken={signIn} />}
      </SocketContext.Provider>
    </ApolloProvider>
  );
}

function Dashboard({ socketState, onSignOut }: { socketState: SocketState; onSignOut: () => void }) {
  const route = useRoute();
  const { data, error } = useQuery(ViewerQuery);
  const signedOut = data && !data.viewer; // the token expired or was deleted since it was kept
  return (
    <>
      <header>
        <h1>dialgraph</h1>
        <span className="who">{data?.viewer ? `${data.viewer.username} (${data.viewer.role}) · ${data.viewer.customer.name}` : ''}</span>
        <SocketStatus state={socketState} />
        <button onClick={onSignOut}>Sign out</button>
      </header>
      <main>
        <ErrorNotice error={error} title="Could not read who is signed in" />
        {signedOut ? <p className="error" role="alert">This token is no longer accepted. Sign out and sign in again.</p> : null}
        {route.page === 'campaign' ? <CampaignView key={route.id} id={route.id} /> : <CampaignList />}
      </main>
    </>
  );
}

function SocketStatus({ state }: { state: SocketState }) {
  switch (state.kind) {
    case 'idle':
      return <span className="socket">live: idle</span>;
    case 'connecting':
      return <span className="socket">{state.retry ? 'live: reconnecting…' : 'live: connecting…'}</span>;
    case 'connected':
      return <span className="socket socket-ok" data-testid="socket">live: connected</span>;
    case 'closed':
      return (
        <span className="socket socket-closed" role="alert">
          live: closed ({state.code}{state.reason ? `: ${state.reason}` : ''}){state.retrying ? ', reconnecting' : state.code === 4403 ? ', sign in again' : ''}
        </span>
      );
  }
}
