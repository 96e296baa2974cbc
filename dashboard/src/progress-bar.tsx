export function ProgressBar({ percent }: { percent: number }) {
  const shown = Math.round(percent * 10) / 10;
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={shown}>
      <div className="progress-fill" style={{ width: `${Math.min(100, Math.max(0, percent))}%` }} />
      <span className="progress-label" data-testid="percent">{shown}%</span>
    </div>
  );
}
