import { useId, type ReactElement, cloneElement } from 'react';

/**
 * A labelled form control with its hint and error wired by aria-describedby,
 * so the error is read out next to the field it belongs to.
 */
export function Field({ label, hint, error, children, required }: { label: string; hint?: string; error?: string; required?: boolean; children: ReactElement<Record<string, unknown>> }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && <p id={hintId} className="hint">{hint}</p>}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required || undefined })}
      {error && <p id={errorId} className="field-error">{error}</p>}
    </div>
  );
}
