/** Where the events' text is needed and not in yet: loading, or why it failed. */
export function TextStatus({ failure, what }: { failure: string | null; what: string }) {
  return failure === null ? (
    <p className="source__status">Loading {what}…</p>
  ) : (
    <p className="load-failure" role="alert">
      The events’ text could not be loaded, so {what} cannot be shown: {failure}
    </p>
  );
}
