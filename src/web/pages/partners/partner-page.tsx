import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { partnerFileSchema } from '../../api/partners';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { PartnerDeclinedNotice } from './partner-declined-notice';
import { PartnerChildren } from './partner-children';
import { PartnerConsent } from './partner-consent';
import { PartnerDetails } from './partner-details';
import { PartnerPreferences } from './partner-preferences';
import { PartnerResources } from './partner-resources';
import { PartnerAudits } from './partner-audits';
import type { PartnerSectionProps } from './partner-section';
import { RecordDisclosureLink } from '../disclosures/record-disclosure-link';
import { PartnerRecordExport } from '../safety-plans/partner-record-export';
import { SafetyPlanSection } from '../safety-plans/safety-plan-section';
import { PartnerContactHistory } from '../partner-contact/partner-contact-history';
import { PartnerLetters } from '../partner-contact/partner-letters';

/**
 * `/partners/:partnerId`: a partner's file, for the partner-contact team only (anyone else is
 * answered 404 by the server). A declined consent is said first. Then the file's sections, in
 * order, each a `<section>` component taking {@link PartnerSectionProps}: adding a section is
 * one line in the list below.
 */
export function PartnerPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { partnerId = '' } = useParams();
  const query = useApiQuery(`/partners/${partnerId}`, partnerFileSchema);
  const file = query.data;
  useDocumentTitle(file?.fullName ?? intl.formatMessage({ id: 'partnerFile.title' }));
  const section: PartnerSectionProps | undefined = file && { file, onFileChange: query.setData, reloadFile: query.reload, canWrite: hasPermission(session, 'partner.write') };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/partners">
          <FormattedMessage id="partnerFile.back" />
        </Link>
      </p>
      <h1>{file?.fullName ?? <FormattedMessage id={query.error?.status === 404 ? 'partnerFile.notFound' : 'partnerFile.title'} />}</h1>
      <LoadState isLoading={query.isLoading && !file} error={query.error} onRetry={query.reload} />
      {section && (
        <div className="stack">
          <PartnerDeclinedNotice file={section.file} />
          {/* The file's sections, in order: one line each. */}
          <PartnerDetails {...section} />
          <PartnerChildren {...section} />
          <PartnerPreferences {...section} />
          <PartnerConsent {...section} />
          <PartnerContactHistory {...section} />
          <PartnerLetters {...section} />
          <PartnerResources {...section} />
          <SafetyPlanSection {...section} />
          <PartnerAudits {...section} />
          <RecordDisclosureLink {...section} />
          <PartnerRecordExport {...section} />
        </div>
      )}
    </>
  );
}
