import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import type { Role } from '../../core/access/index.js';
import { userSummarySchema } from '../api/user-summary';
import { ErrorSummary } from '../components/error-summary';
import { RadioChoice } from '../components/radio-choice';
import { RoleCheckboxes } from '../components/role-checkboxes';
import { TextInput } from '../components/text-input';
import { useTeamConflictMessage } from '../components/use-team-conflict-message';
import { problemFromError, problemFromFields, type FormProblem } from '../forms/form-problem';
import { useDocumentTitle } from '../i18n/use-document-title';
import { useSession } from '../session/session-context';

/** Server codes that are about one field of this form. */
const codeFields = {
  'users.email_taken': 'email',
  'users.team_conflict': 'roles',
  'users.password_weak': 'password',
};

/** `/admin/users/new`: an administrator creates a staff account with roles and a first password. */
export function NewUserPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'newUser.title' }));
  const { api } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({ displayName: '', email: '', preferredLocale: intl.locale as string, password: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const conflict = useTeamConflictMessage(roles);
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const labels = {
    displayName: intl.formatMessage({ id: 'newUser.displayName' }),
    email: intl.formatMessage({ id: 'newUser.email' }),
    roles: intl.formatMessage({ id: 'roles.label' }),
    password: intl.formatMessage({ id: 'newUser.password' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = intl.formatMessage({ id: 'form.required' });
    const missing = problemFromFields(
      {
        displayName: values.displayName.trim() ? undefined : required,
        email: values.email.trim() ? undefined : required,
        roles: conflict,
        password: values.password ? undefined : required,
      },
      intl,
    );
    setProblem(missing);
    if (missing || isSubmitting) return;
    setSubmitting(true);
    try {
      const body = { ...values, displayName: values.displayName.trim(), email: values.email.trim(), roles };
      const created = await api.send('POST', '/users', body, userSummarySchema);
      await navigate(`/admin/users/${created.id}`, { state: { notice: 'created' } });
    } catch (error) {
      setProblem(problemFromError(error, intl, codeFields));
      setSubmitting(false);
    }
  };

  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/admin/users">
          <FormattedMessage id="users.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="newUser.title" />
      </h1>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput name="displayName" label={labels.displayName} autoComplete="off" value={values.displayName} onChange={set('displayName')} error={problem?.fields.displayName} />
        <TextInput name="email" type="email" label={labels.email} autoComplete="off" value={values.email} onChange={set('email')} error={problem?.fields.email} />
        <RadioChoice
          name="preferredLocale"
          label={intl.formatMessage({ id: 'newUser.language' })}
          options={[
            { value: 'en-CA', label: 'English', lang: 'en-CA' },
            { value: 'fr-CA', label: 'Français', lang: 'fr-CA' },
          ]}
          value={values.preferredLocale}
          onChange={set('preferredLocale')}
        />
        <RoleCheckboxes value={roles} onChange={setRoles} error={problem?.fields.roles} />
        <TextInput
          name="password"
          type="password"
          label={labels.password}
          description={intl.formatMessage({ id: 'newUser.password.help' })}
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={problem?.fields.password}
        />
        <Button type="submit" className="button">
          <FormattedMessage id="newUser.submit" />
        </Button>
      </form>
    </div>
  );
}
