import { useIntl } from 'react-intl';
import { enumLabel } from '../i18n/enum-label';

/** Props of {@link StandingBadge}. */
export interface StandingBadgeProps {
  /** `eligible_to_complete`, `on_track`, `at_risk` or `pending_discharge`. */
  standing: string;
}

const tones: Partial<Record<string, { className: string; icon: string }>> = {
  eligible_to_complete: { className: 'badge badge-ok', icon: '✓' },
  on_track: { className: 'badge badge-neutral', icon: '•' },
  at_risk: { className: 'badge badge-unknown', icon: '!' },
  pending_discharge: { className: 'badge badge-error', icon: '⚠' },
};

/** A person's standing in words, with a colour and an icon that only repeat them. */
export function StandingBadge({ standing }: StandingBadgeProps) {
  const intl = useIntl();
  const tone = tones[standing] ?? { className: 'badge badge-neutral', icon: '•' };
  return (
    <span className={tone.className}>
      <span aria-hidden="true">{tone.icon} </span>
      {enumLabel(intl, 'standing', standing)}
    </span>
  );
}

/** Props of {@link StandingReasons}. */
export interface StandingReasonsProps {
  reasons: readonly string[];
}

/** Why a person has their standing, one sentence a reason (nothing when on track). */
export function StandingReasons({ reasons }: StandingReasonsProps) {
  const intl = useIntl();
  if (reasons.length === 0) return null;
  return (
    <ul className="standing-reasons">
      {reasons.map((reason) => (
        <li key={reason}>{enumLabel(intl, 'standing.reason', reason)}</li>
      ))}
    </ul>
  );
}
