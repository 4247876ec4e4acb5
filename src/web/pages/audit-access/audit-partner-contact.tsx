import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SamplePartnerContact } from '../../api/audit-access';
import { DateTime } from '../../components/date-time';
import { enumLabel } from '../../i18n/enum-label';
import { useSignedInSession } from '../../session/session-context';

/** A label that starts a table cell or a fact: its first letter capitalised. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * Partner Contact on the sampled case, de-identified: one block per partner, numbered ("Partner 1"),
 * with the consent to contact, the first contact's due time and when it was made, the contacts
 * made against the minimum, each contact (day, means, reached or an attempt), the notices
 * (kind, day, due, delivered) and the day a safety plan was written. Who the partner is, only where
 * the partner-contact lead recorded a legal basis that opens the name to this audit.
 */
export function AuditPartnerContact({ partners }: { partners: readonly SamplePartnerContact[] }) {
  const intl = useIntl();
  const { timeZone } = useSignedInSession().agency;
  const when = (instant: string | null) => (instant ? <DateTime value={new Date(instant)} timeZone={timeZone} /> : <FormattedMessage id="auditFile.notYet" />);
  return (
    <section className="card" aria-labelledby="partner-contact-heading">
      <h2 id="partner-contact-heading">
        <FormattedMessage id="auditFile.partners" />
      </h2>
      <p>
        <FormattedMessage id="auditFile.partners.intro" />
      </p>
      {partners.length === 0 && (
        <p>
          <FormattedMessage id="auditFile.partners.none" />
        </p>
      )}
      {partners.map((partner) => {
        const id = `partner-${partner.label}`;
        return (
          <article key={partner.label} className="audit-partner" aria-labelledby={`${id}-heading`}>
            <h3 id={`${id}-heading`}>
              <FormattedMessage id="auditFile.partner" values={{ number: partner.label }} />
            </h3>
            <dl className="facts">
              {partner.identity && (
                <Fact label={<FormattedMessage id="auditFile.partner.identity" />}>
                  <FormattedMessage
                    id="auditFile.partner.identityValue"
                    values={{ name: partner.identity.fullName, basis: enumLabel(intl, 'partnerFile.audits.basis', partner.identity.legalBasis), reference: partner.identity.reference }}
                  />
                </Fact>
              )}
              <Fact label={<FormattedMessage id="auditFile.partner.consent" />}>{enumLabel(intl, 'auditFile.consent', partner.consent)}</Fact>
              <Fact label={<FormattedMessage id="auditFile.partner.firstDue" />}>{when(partner.firstContact.dueAt)}</Fact>
              <Fact label={<FormattedMessage id="auditFile.partner.firstMet" />}>{when(partner.firstContact.metAt)}</Fact>
              <Fact label={<FormattedMessage id="auditFile.partner.firstStatus" />}>{enumLabel(intl, 'auditFile.clock', partner.firstContact.status)}</Fact>
              <Fact label={<FormattedMessage id="auditFile.partner.minimum" />}>
                <FormattedMessage id="auditFile.partner.minimumValue" values={{ made: partner.minimumContacts.made, required: partner.minimumContacts.required }} />
                {' — '}
                {enumLabel(intl, 'auditFile.minimum', partner.minimumContacts.status)}
              </Fact>
              <Fact label={<FormattedMessage id="auditFile.partner.safetyPlan" />}>
                {partner.safetyPlanOn ? (
                  <FormattedMessage id="auditFile.partner.safetyPlanOn" values={{ date: partner.safetyPlanOn }} />
                ) : (
                  <FormattedMessage id="auditFile.partner.safetyPlanNone" />
                )}
              </Fact>
            </dl>
            <h4 id={`${id}-contacts`}>
              <FormattedMessage id="auditFile.partner.contacts" values={{ count: partner.contacts.length }} />
            </h4>
            {partner.contacts.length > 0 && (
              <div className="table-scroll" role="region" aria-labelledby={`${id}-contacts`} tabIndex={0}>
                <table className="table" aria-labelledby={`${id}-contacts`}>
                  <thead>
                    <tr>
                      {(['day', 'kind', 'reached'] as const).map((column) => (
                        <th key={column} scope="col">
                          <FormattedMessage id={`auditFile.contacts.column.${column}`} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {partner.contacts.map((contact, index) => (
                      <tr key={index}>
                        <th scope="row">{contact.on}</th>
                        <td>{enumLabel(intl, 'partnerContact.kind', contact.kind)}</td>
                        <td>
                          <FormattedMessage id={contact.reached ? 'auditFile.contacts.reached' : 'auditFile.contacts.attempt'} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <h4 id={`${id}-notices`}>
              <FormattedMessage id="auditFile.partner.notices" values={{ count: partner.notices.length }} />
            </h4>
            {partner.notices.length > 0 && (
              <div className="table-scroll" role="region" aria-labelledby={`${id}-notices`} tabIndex={0}>
                <table className="table" aria-labelledby={`${id}-notices`}>
                  <thead>
                    <tr>
                      {(['type', 'day', 'due', 'delivered'] as const).map((column) => (
                        <th key={column} scope="col">
                          <FormattedMessage id={`auditFile.notices.column.${column}`} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {partner.notices.map((notice, index) => (
                      <tr key={index}>
                        <th scope="row">{capitalised(enumLabel(intl, 'partnerContact.noticeType', notice.type))}</th>
                        <td>{notice.occurredOn}</td>
                        <td>{when(notice.dueAt)}</td>
                        <td>{when(notice.deliveredAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </article>
        );
      })}
    </section>
  );
}
