import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorSummary } from '../../components/error-summary';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useSession } from '../../session/session-context';
import { partnerDetailsBody, sendPartnerChange } from './partner-save';
import type { PartnerSectionProps } from './partner-section';

/** "4, 9" → [4, 9]; undefined when a part is not a whole age from 0 to 25. Empty → []. */
export function parseAges(text: string): number[] | undefined {
  const parts = text.split(/[,;\s]+/).filter((part) => part.length > 0);
  const ages = parts.map((part) => (/^\d{1,2}$/.test(part) ? Number(part) : Number.NaN));
  return ages.every((age) => Number.isInteger(age) && age >= 0 && age <= 25) ? ages : undefined;
}

/**
 * The partner's children by age. A child under 16 raises the child-protection duty, said
 * plainly at the top of the section: a worker who learns of abuse or neglect reports it at once.
 */
export function PartnerChildren({ file, onFileChange, reloadFile, canWrite }: PartnerSectionProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [isEditing, setEditing] = useState(false);
  const [ages, setAges] = useState('');
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const label = intl.formatMessage({ id: 'partnerFile.children.ages' });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const parsed = parseAges(ages);
    const local = problemFromFields({ childrenAges: parsed ? undefined : intl.formatMessage({ id: 'partnerFile.children.ages.invalid' }) }, intl);
    setProblem(local);
    if (!parsed || local) return;
    setBusy(true);
    const found = await sendPartnerChange(
      api,
      intl,
      { method: 'PUT', path: `/partners/${file.id}`, body: partnerDetailsBody(file, { childrenAges: parsed }) },
      {
        onSaved: (saved) => {
          onFileChange(saved);
          setEditing(false);
          setNotice(intl.formatMessage({ id: 'partnerFile.children.saved' }));
        },
        onStale: reloadFile,
      },
    );
    setProblem(found);
    setBusy(false);
  };
  return (
    <section aria-labelledby="partner-children-heading">
      <h2 id="partner-children-heading">
        <FormattedMessage id="partnerFile.children.title" />
      </h2>
      {file.childProtectionDuty && (
        <div className="notice notice-warning" role="note" aria-labelledby="child-duty-title">
          <p className="notice-title" id="child-duty-title">
            <FormattedMessage id="partnerFile.children.duty.title" />
          </p>
          <p>
            <FormattedMessage id="partnerFile.children.duty.body" />
          </p>
        </div>
      )}
      <SuccessNotice>{notice}</SuccessNotice>
      {file.children.length === 0 ? (
        <p>
          <FormattedMessage id="partnerFile.children.none" />
        </p>
      ) : (
        <ul className="plain-list">
          {file.children.map((child, index) => (
            <li key={index}>
              <FormattedMessage id="partnerFile.children.age" values={{ age: child.age }} />
            </li>
          ))}
        </ul>
      )}
      {canWrite &&
        (isEditing ? (
          <form className="form" noValidate aria-labelledby="partner-children-form-heading" onSubmit={(event) => void onSubmit(event)}>
            <h3 id="partner-children-form-heading">
              <FormattedMessage id="partnerFile.children.edit" />
            </h3>
            {problem && <ErrorSummary problem={problem} labels={{ childrenAges: label }} />}
            <TextInput
              name="childrenAges"
              label={label}
              description={intl.formatMessage({ id: 'partnerFile.children.ages.help' })}
              autoComplete="off"
              value={ages}
              onChange={setAges}
              error={problem?.fields.childrenAges}
            />
            <div className="button-row">
              <Button type="submit" className="button" isDisabled={isBusy}>
                <FormattedMessage id="partnerFile.children.save" />
              </Button>
              <Button className="button button-secondary" onPress={() => setEditing(false)}>
                <FormattedMessage id="dialog.cancel" />
              </Button>
            </div>
          </form>
        ) : (
          <Button
            className="button button-secondary"
            onPress={() => {
              setAges(file.children.map((child) => child.age).join(', '));
              setNotice(undefined);
              setProblem(undefined);
              setEditing(true);
            }}
          >
            <FormattedMessage id="partnerFile.children.edit" />
          </Button>
        ))}
    </section>
  );
}
