// The server's message for one settings field, shown under it.
/** The server's message for one field, shown under it and announced when it appears. */
export function FieldError({
  id,
  label,
  message,
}: {
  id: string;
  label: string;
  message: string | undefined;
}) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {label} {message}.
    </p>
  );
}
