/** Marks an article the reader added in this browser, wherever it is listed. */
export function YoursBadge() {
  return (
    <>
      {' '}
      <span className="badge-yours">Yours</span>
    </>
  );
}
