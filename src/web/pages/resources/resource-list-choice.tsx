import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { CheckboxItem } from '../../components/checkbox-item';
import { usePdfDownload } from '../packs/pack-download';

/** A resource chosen for the printed list, with its name as shown. */
export interface ChosenResource {
  id: string;
  name: string;
}

/** Props of {@link ResourceListChoice}. */
export interface ResourceListChoiceProps {
  chosen: readonly ChosenResource[];
  onRemove: (id: string) => void;
  onClear: () => void;
}

/** The most resources one list prints (the server's limit). */
const maxChosen = 40;

/**
 * The resources chosen in the directory, in the order chosen, and the resource list (PDF) to
 * download in English or French. Confidential addresses (shelters) print only when asked.
 */
export function ResourceListChoice({ chosen, onRemove, onClear }: ResourceListChoiceProps) {
  const intl = useIntl();
  const { busy, error, download } = usePdfDownload();
  const [withAddresses, setWithAddresses] = useState(false);
  const tooMany = chosen.length > maxChosen;
  return (
    <section className="pack-choice" aria-labelledby="resource-list-heading">
      <h2 id="resource-list-heading">
        <FormattedMessage id="packs.resourceList.title" />
      </h2>
      <p>
        <FormattedMessage id="packs.resourceList.count" values={{ count: chosen.length }} />
      </p>
      {chosen.length > 0 && (
        <>
          <ol>
            {chosen.map((resource) => (
              <li key={resource.id}>
                {resource.name}{' '}
                <Button className="link-button" onPress={() => onRemove(resource.id)}>
                  <FormattedMessage id="packs.resourceList.remove" values={{ name: resource.name }} />
                </Button>
              </li>
            ))}
          </ol>
          {tooMany && (
            <p className="notice notice-warning">
              <FormattedMessage id="packs.resourceList.tooMany" values={{ max: maxChosen }} />
            </p>
          )}
          <CheckboxItem isSelected={withAddresses} onChange={setWithAddresses}>
            <FormattedMessage id="packs.resourceList.addresses" />
          </CheckboxItem>
          <div className="button-row">
            {(['en', 'fr'] as const).map((lang) => (
              <Button
                key={lang}
                className="button"
                isDisabled={busy !== undefined || tooMany}
                onPress={() =>
                  void download(lang, {
                    method: 'POST',
                    path: '/packs/resource-list',
                    body: { lang, resourceIds: chosen.map((c) => c.id), includeConfidentialAddresses: withAddresses },
                  })
                }
              >
                {intl.formatMessage({ id: `packs.resourceList.download.${lang}` })}
              </Button>
            ))}
            <Button className="button button-secondary" onPress={onClear}>
              <FormattedMessage id="packs.resourceList.clear" />
            </Button>
          </div>
        </>
      )}
      <div role="alert">
        {error && (
          <p className="notice notice-error">
            <FormattedMessage id="packs.failed" values={{ message: error }} />
          </p>
        )}
      </div>
      <div role="status" aria-live="polite">
        {busy && <FormattedMessage id="packs.preparing" />}
      </div>
    </section>
  );
}
