// One text field of the new-project form, with its hint, or the problem with it in the hint's place.
export function ProjectTextField({
  id,
  label,
  value,
  onChange,
  problem,
  type = 'text',
  maxLength,
  hint,
  multiline = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: string | undefined;
  type?: string;
  maxLength?: number;
  hint?: string;
  multiline?: boolean;
}) {
  const controlProps = {
    id,
    value,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} maxLength={4000} {...controlProps} />
      ) : (
        <input type={type} maxLength={maxLength} {...controlProps} />
      )}
      {problem ? (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
