import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { usePdfDownload } from './pack-download';

const langs = ['en', 'fr'] as const;

/**
 * The information packs to hand out, each in English or French: the participant pack (for those
 * who read participants' files) and the partner pack. PDFs download; nothing names anyone.
 */
export function InformationPacks() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { busy, error, download } = usePdfDownload();
  const packs = [
    ...(hasPermission(session, 'participant.read') ? (['participant'] as const) : []),
    'partner' as const,
  ];
  return (
    <section aria-labelledby="packs-heading">
      <h2 id="packs-heading">
        <FormattedMessage id="packs.title" />
      </h2>
      <p>
        <FormattedMessage id="packs.intro" />
      </p>
      {packs.map((pack) => (
        <div key={pack}>
          <h3>
            <FormattedMessage id={`packs.${pack}.title`} />
          </h3>
          <p>
            <FormattedMessage id={`packs.${pack}.help`} />
          </p>
          <div className="button-row">
            {langs.map((lang) => (
              <Button
                key={lang}
                className="button button-secondary"
                isDisabled={busy !== undefined}
                onPress={() => void download(`${pack}-${lang}`, { method: 'GET', path: `/packs/${pack}-information?lang=${lang}` })}
              >
                {intl.formatMessage({ id: `packs.download.${lang}` })}
              </Button>
            ))}
          </div>
        </div>
      ))}
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
