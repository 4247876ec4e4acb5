import type { ResourceRecord } from '../resources/resource-record.js';
import type { PackText } from './pack-text.js';
import type { Pack, PackBlock } from './render-pack.js';
import { crisisLine } from './resource-lines.js';

const offers = ['contacts', 'safety_planning', 'program', 'referrals', 'isolation', 'safety_call'] as const;
const toldAbout = ['absence', 'threat', 'concern', 'disruptive', 'non_compliance', 'pending_discharge', 'discharge', 'completion', 'fees'] as const;
const safetyPlan = ['people', 'place', 'work', 'responses', 'numbers'] as const;
const disclosedWhen = ['safety', 'assault', 'law'] as const;
const rights = [
  'services', 'compensation', 'protection', 'investigation', 'charges', 'procedure', 'dates', 'plea', 'bail', 'sentence', 'unfit',
  'impact_statement', 'release',
] as const;

/**
 * The partner information pack (issue #6 item 5b), in the seeds' plain words: what Partner
 * Contact offers, that taking part is the partner's choice, that they are not to blame, what they
 * may be told, safety planning, the limits of confidentiality (the Crown and probation, a child
 * under 16 and the Children's Aid Society, the Crown's information reaching the accused and their
 * lawyer), Ontario's Victims' Bill of Rights, and crisis lines. It holds no partner or participant
 * data at all: intake may hand it out as well as partner-contact staff.
 */
export function partnerInformationPack(text: PackText, agencyName: string, crisisLines: readonly ResourceRecord[]): Pack {
  const t = text.t;
  const heading = (key: string): PackBlock => ({ type: 'heading', text: t(key) });
  const paragraph = (key: string, values?: Parameters<PackText['t']>[1]): PackBlock => ({ type: 'paragraph', text: t(key, values) });
  const list = (prefix: string, keys: readonly string[]): PackBlock => ({ type: 'list', items: keys.map((key) => t(`${prefix}.${key}`)) });
  return {
    title: t('pack.partner.title'),
    blocks: [
      paragraph('pack.partner.intro', { agency: agencyName }),
      paragraph('pack.partner.keep_safe'),
      heading('pack.partner.blame.heading'),
      paragraph('pack.partner.blame.body'),
      heading('pack.partner.offer.heading'),
      paragraph('pack.partner.offer.intro'),
      list('pack.partner.offer', offers),
      paragraph('pack.partner.offer.first_contact'),
      heading('pack.partner.choice.heading'),
      paragraph('pack.partner.choice.body'),
      heading('pack.partner.told.heading'),
      paragraph('pack.partner.told.intro'),
      list('pack.partner.told', toldAbout),
      heading('pack.partner.safety.heading'),
      paragraph('pack.partner.safety.intro'),
      list('pack.partner.safety', safetyPlan),
      heading('pack.partner.confidentiality.heading'),
      paragraph('pack.partner.confidentiality.intro'),
      list('pack.partner.confidentiality', disclosedWhen),
      paragraph('pack.partner.confidentiality.child'),
      paragraph('pack.partner.confidentiality.crown'),
      paragraph('pack.partner.confidentiality.report'),
      paragraph('pack.partner.confidentiality.notes'),
      heading('pack.partner.rights.heading'),
      paragraph('pack.partner.rights.intro'),
      paragraph('pack.partner.rights.information'),
      list('pack.partner.rights', rights),
      paragraph('pack.partner.rights.federal'),
      heading('pack.partner.crisis.heading'),
      paragraph('pack.partner.crisis.intro'),
      { type: 'list', items: crisisLines.map((line) => crisisLine(line, text)) },
      paragraph('pack.partner.closing', { agency: agencyName }),
    ],
  };
}
