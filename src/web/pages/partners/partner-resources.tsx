import { GivenResources } from '../resources/give-resource';
import type { PartnerSectionProps } from './partner-section';

/**
 * The community resources the partner was given, through `/partners/:id/resource-referrals`
 * (the partner side's own list), and for those who change the file (`partner.write`) a way to
 * record one more: the same section as on a participant's file.
 */
export function PartnerResources({ file, canWrite }: PartnerSectionProps) {
  return <GivenResources referralsPath={`/partners/${file.id}/resource-referrals`} canRecord={canWrite} idPrefix="partner-" />;
}
