// Links to the results export (README "Export"): the campaign's attempts and its outdial's targets as CSV. The
// token lives in sessionStorage, not in a cookie, so a plain link would be refused: the click fetches the file
// with the Authorization header and hands it to the browser as a download. A refusal (401, 404, 429) is shown.
import { useState } from 'react';
import { readToken } from './session.ts';

interface ExportLink {
  label: string;
  path: string;
  fileName: string;
}

async function download({ path, fileName }: ExportLink): Promise<void> {
  const token = readToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
    const error = body?.errors?.[0];
    throw new Error(error ? `${error.message} (${error.extensions?.code ?? res.status})` : `The server answered ${res.status}.`);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportLinks({ campaignUuid, outdialUuid }: { campaignUuid: string; outdialUuid?: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const links: ExportLink[] = [
    { label: 'Attempts (CSV)', path: `/export/campaigns/${campaignUuid}/attempts.csv`, fileName: `campaign-${campaignUuid}-attempts.csv` },
    ...(outdialUuid
      ? [{ label: 'Targets (CSV)', path: `/export/outdials/${outdialUuid}/targets.csv`, fileName: `outdial-${outdialUuid}-targets.csv` }]
      : []),
  ];
  return (
    <div className="exports">
      <span className="meta">Export: </span>
      {links.map((link) => (
        <a key={link.path} href={link.path} data-export={link.path} aria-busy={busy === link.path} onClick={(event) => {
          event.preventDefault();
          setError(null);
          setBusy(link.path);
          download(link).catch((err: Error) => setError(err.message)).finally(() => setBusy(null));
        }}>{link.label}</a>
      ))}
      {error ? <div className="error" role="alert"><strong>Could not export</strong><div>{error}</div></div> : null}
    </div>
  );
}
