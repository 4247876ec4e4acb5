import { FormattedMessage, useIntl } from 'react-intl';
import { localText, type Resource } from '../../api/resources';
import { enumLabel } from '../../i18n/enum-label';
import { ResourcePhones } from './resource-phones';

/** A resource's name in the reader's language, else in the other one. */
export function resourceName(locale: string, resource: { name: string; nameFr?: string | null | undefined }): string {
  return localText(locale, resource.name, resource.nameFr) ?? resource.name;
}

/** What a directory result shows under its name: great for, numbers, hours, website, categories. */
export function ResourceSummary({ resource }: { resource: Resource }) {
  const intl = useIntl();
  const greatFor = localText(intl.locale, resource.greatFor, resource.greatForFr);
  const hours = localText(intl.locale, resource.hours, resource.hoursFr);
  return (
    <>
      {greatFor && (
        <p>
          <FormattedMessage id="resources.greatFor" values={{ value: greatFor }} />
        </p>
      )}
      <ResourcePhones phones={resource.phones} />
      {hours && (
        <p>
          <FormattedMessage id="resources.hours" values={{ value: hours }} />
        </p>
      )}
      {resource.url && (
        <p>
          <a href={resource.url} target="_blank" rel="noopener noreferrer">
            <FormattedMessage id="resources.website" values={{ name: resourceName(intl.locale, resource) }} />
          </a>
        </p>
      )}
      <ul className="tag-list" aria-label={intl.formatMessage({ id: 'resources.categories' })}>
        {resource.categories.map((category) => (
          <li key={category} className="badge badge-unknown">
            {enumLabel(intl, 'resources.category', category)}
          </li>
        ))}
      </ul>
    </>
  );
}
