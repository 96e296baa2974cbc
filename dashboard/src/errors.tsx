// Errors are shown where they happened, never swallowed: GraphQL errors with their code, HTTP failures with
// their status, a closed socket with its close code, and a mutation's userErrors with the field they name.
import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';

export function describeError(error: ErrorLike): string[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => (e.extensions?.code ? `${e.message} (${String(e.extensions.code)})` : e.message));
  }
  if (ServerError.is(error)) return [`The server answered ${error.statusCode}: ${error.bodyText.slice(0, 300)}`];
  return [error.message || String(error)];
}

export function ErrorNotice({ error, title }: { error?: ErrorLike | null; title?: string }) {
  if (!error) return null;
  return (
    <div className="error" role="alert">
      {title ? <strong>{title}</strong> : null}
      {describeError(error).map((line, i) => <div key={i}>{line}</div>)}
    </div>
  );
}

export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
}

export function UserErrors({ errors }: { errors?: readonly UserErrorLike[] | null }) {
  if (!errors?.length) return null;
  return (
    <div className="error" role="alert">
      {errors.map((e, i) => (
        <div key={i}>{e.field?.length ? <code>{e.field.join('.')}</code> : null} {e.message}</div>
      ))}
    </div>
  );
}
