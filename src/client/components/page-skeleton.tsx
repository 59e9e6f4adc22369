/** The page's shape while data loads: a title bar and grey lines, not a spinner in the void. */
export function PageSkeleton() {
  return (
    <div className="skeleton" role="status" aria-label="Loading">
      <div className="skeleton-title" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="skeleton-line" />
      ))}
    </div>
  );
}
