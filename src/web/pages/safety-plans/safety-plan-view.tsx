import { FormattedMessage, useIntl } from 'react-intl';
import type { SafetyPlanContent } from '../../api/safety-plans';
import { FactList } from '../../components/fact-list';
import type { MessageId } from '../../i18n/messages';

/** A plan's content read-only: each part filled in, in the order of the printed plan. */
export function SafetyPlanView({ content, level = 3 }: { content: SafetyPlanContent; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id: id as MessageId });
  const items = content.importantItems;
  return (
    <>
      <Heading>
        <FormattedMessage id="safetyPlan.part.trustedPeople" />
      </Heading>
      {content.trustedPeople.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="safetyPlan.none" />
        </p>
      ) : (
        <ul>
          {content.trustedPeople.map((person, index) => (
            <li key={index}>{[person.name, person.contact, person.help].filter(Boolean).join(' — ')}</li>
          ))}
        </ul>
      )}
      <FactList
        rows={[
          [t('safetyPlan.part.safePlace'), content.safePlace],
          [t('safetyPlan.part.items.documents'), items.documents],
          [t('safetyPlan.part.items.keys'), items.keys],
          [t('safetyPlan.part.items.money'), items.money],
          [t('safetyPlan.part.items.medication'), items.medication],
          [t('safetyPlan.part.items.other'), items.other],
          [t('safetyPlan.part.workplaceSupports'), content.workplaceSupports],
          [t('safetyPlan.part.codeWord'), content.codeWord],
          [t('safetyPlan.part.children.plan'), content.children.plan],
          [t('safetyPlan.part.children.pickup'), content.children.pickup],
          [t('safetyPlan.part.other'), content.other],
        ]}
      />
      <Heading>
        <FormattedMessage id="safetyPlan.part.emergencyNumbers" />
      </Heading>
      <ul>
        <li>
          <FormattedMessage id="safetyPlan.emergency911" />
        </li>
        {content.emergencyNumbers.map((entry, index) => (
          <li key={index}>
            <FormattedMessage id="safetyPlan.emergencyNumber" values={{ label: entry.label, number: entry.number }} />
          </li>
        ))}
      </ul>
    </>
  );
}
