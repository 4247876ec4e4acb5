import { fieldId } from '../forms/field-id';
import { FieldNotes, noteIds } from './field-notes';

/** Props of {@link FileInput}. */
export interface FileInputProps {
  name: string;
  label: string;
  /** Help read with the field: the types and size accepted. */
  description?: string | undefined;
  /** The message to show when the file is wrong; tied to the input by aria-describedby. */
  error?: string | undefined;
  /** The types the browser's file chooser offers (MIME types and extensions). */
  accept: string;
  onChange: (file: File | undefined) => void;
}

/**
 * A labelled file chooser (the browser's own, which every keyboard and screen reader knows), with
 * its help and its error. The chosen file is the caller's to keep; clearing it means remounting.
 */
export function FileInput({ name, label, description, error, accept, onChange }: FileInputProps) {
  const id = fieldId(name);
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <FieldNotes id={id} description={description} error={error} />
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        className="field-input field-input-file"
        aria-describedby={noteIds({ id, description, error })}
        aria-invalid={error ? true : undefined}
        data-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.files?.[0])}
      />
    </div>
  );
}
