/** Props of {@link FieldNotes}. */
export interface FieldNotesProps {
  /** The control's id: the notes' ids are made from it. */
  id: string;
  description?: string | undefined;
  error?: string | undefined;
}

/** The ids of a field's notes, for the control's aria-describedby (undefined when it has none). */
export function noteIds({ id, description, error }: FieldNotesProps): string | undefined {
  return [description ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/**
 * A field's help and error under its label, for controls react-aria does not wrap (a file chooser,
 * a signature pad); the control names them with {@link noteIds}.
 */
export function FieldNotes({ id, description, error }: FieldNotesProps) {
  return (
    <>
      {description && (
        <p id={`${id}-help`} className="field-description">
          {description}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
