// Sign in with a username and password (the login mutation), or by pasting a token (a JWT or an access key),
// which is checked with the viewer query before it is kept.
import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { ErrorLike } from '@apollo/client';
import { LoginMutation, ViewerQuery } from './documents.ts';
import { ErrorNotice, UserErrors } from './errors.tsx';

export function SignIn({ onToken }: { onToken: (token: string) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pasted, setPasted] = useState('');
  const [tokenError, setTokenError] = useState<ErrorLike | null>(null);
  const [checking, setChecking] = useState(false);
  const client = useApolloClient();
  const [login, { data, error, loading }] = useMutation(LoginMutation);

  const submitPassword = (event: FormEvent) => {
    event.preventDefault();
    login({
      variables: { input: { username, password } },
      onCompleted: (result) => {
        if (result.login.token) onToken(result.login.token);
      },
    }).catch(() => {}); // the error is shown from the hook's `error`
  };

  const submitToken = async (event: FormEvent) => {
    event.preventDefault();
    const token = pasted.trim().replace(/^Bearer\s+/i, '');
    setChecking(true);
    setTokenError(null);
    try {
      const result = await client.query({
        query: ViewerQuery, fetchPolicy: 'network-only', context: { headers: { authorization: `Bearer ${token}` } },
      });
      if (result.data?.viewer) onToken(token);
      else setTokenError(new Error('This token was not accepted: it is expired, deleted or mistyped. Sign in with a password or paste another.'));
    } catch (err) {
      setTokenError(err as ErrorLike);
    } finally {
      setChecking(false);
    }
  };

  return (
    <main className="sign-in">
      <h1>dialgraph</h1>
      <form onSubmit={submitPassword} aria-label="Sign in with a password">
        <h2>Sign in</h2>
        <label>Username <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required /></label>
        <label>Password <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required /></label>
        <button type="submit" disabled={loading}>{loading ? 'Signing in…' : 'Sign in'}</button>
        <UserErrors errors={data?.login.userErrors} />
        <ErrorNotice error={error} title="Sign-in failed" />
      </form>
      <form onSubmit={submitToken} aria-label="Sign in with a token">
        <h2>…or paste a token</h2>
        <label>Token (a login JWT or an access key) <textarea name="token" rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} required /></label>
        <button type="submit" disabled={checking}>{checking ? 'Checking…' : 'Use this token'}</button>
        <ErrorNotice error={tokenError} title="Token refused" />
      </form>
      <p className="hint">The token is kept in this browser tab only (sessionStorage).</p>
    </main>
  );
}
