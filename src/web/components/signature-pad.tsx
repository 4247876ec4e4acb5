import { useRef, type PointerEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import { fieldId } from '../forms/field-id';
import { FieldNotes, noteIds } from './field-notes';

/** Props of {@link SignaturePad}. */
export interface SignaturePadProps {
  name: string;
  label: string;
  /** Read with the pad: who can draw, and what else to do (keyboard users choose another way). */
  description: string;
  /** The strokes so far, as SVG path data ("M x y L x y …"); '' when nothing is drawn. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** The pad's own coordinates: a 3 by 1 box, whatever its size on screen. */
const width = 600;
const height = 200;
/** Points nearer than this to the last one add nothing visible, only length. */
const minStep = 2;

/** A coordinate kept inside the pad and rounded to a tenth: enough for a signature, and short. */
const clamp = (value: number, max: number) => Math.round(Math.min(Math.max(value, 0), max) * 10) / 10;

/**
 * A box to sign in with a mouse, a pen or a finger (pointer events): each stroke is kept as SVG
 * path data. A stroke of one point (a dot) is kept as a point drawn to itself, so that it shows.
 * Drawing needs a pointer: the description says keyboard users choose another way of signing.
 */
export function SignaturePad({ name, label, description, value, onChange, error }: SignaturePadProps) {
  const id = fieldId(name);
  const last = useRef<{ x: number; y: number } | undefined>(undefined);
  // The strokes as drawn so far: several moves can come before the page shows the last one.
  const path = useRef(value);

  const point = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: clamp(((event.clientX - box.left) / box.width) * width, width), y: clamp(((event.clientY - box.top) / box.height) * height, height) };
  };
  const extend = (segment: string) => {
    path.current = path.current ? `${path.current} ${segment}` : segment;
    onChange(path.current);
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const at = point(event);
    last.current = at;
    extend(`M ${at.x} ${at.y} L ${at.x} ${at.y}`);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const from = last.current;
    if (!from) return;
    const at = point(event);
    if (Math.hypot(at.x - from.x, at.y - from.y) < minStep) return;
    last.current = at;
    extend(`L ${at.x} ${at.y}`);
  };
  const onPointerEnd = () => {
    last.current = undefined;
  };

  return (
    <div className="field">
      <span id={`${id}-label`} className="field-label">
        {label}
      </span>
      <FieldNotes id={id} description={description} error={error} />
      <svg
        id={id}
        className="signature-pad"
        data-invalid={error ? true : undefined}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-label ${id}-state`}
        aria-describedby={noteIds({ id, description, error })}
        // Not a control a keyboard can use, but the error summary's link brings the focus here.
        tabIndex={-1}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onLostPointerCapture={onPointerEnd}
      >
        <line x1="24" x2={width - 24} y1={height - 40} y2={height - 40} className="signature-line" />
        {value && <path d={value} className="signature-stroke" />}
      </svg>
      <p id={`${id}-state`} className="field-description" aria-live="polite">
        <FormattedMessage id={value ? 'signature.drawn' : 'signature.empty'} />
      </p>
      <Button
        className="button button-secondary"
        isDisabled={!value}
        onPress={() => {
          path.current = '';
          onChange('');
        }}
      >
        <FormattedMessage id="signature.clear" />
      </Button>
    </div>
  );
}
