import { useCallback, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { facilitatorListSchema } from '../../api/groups-manage';
import type { GroupDetail } from '../../api/groups-read';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { SuccessNotice } from '../../components/success-notice';
import { problemFromError, type FormProblem } from '../../forms/form-problem';
import type { MessageId } from '../../i18n/messages';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { GroupEditForm, groupEditFormId } from './group-edit-form';
import { GroupSessionActions } from './group-session-actions';

/** Props of {@link GroupManageActions}. */
export interface GroupManageActionsProps {
  /** The group as the page shows it (its sessions with their versions). */
  group: GroupDetail;
  /** Loads the group again after a change, so that the page shows it. */
  reload: () => void;
}

/**
 * The manager's actions on the group page (`/groups/:groupId`): cancel or reschedule a session,
 * add sessions, edit the group. The group page renders it for everyone; it shows only to those
 * who set groups up (`group.manage`).
 */
export function GroupManageActions(props: GroupManageActionsProps) {
  const session = useSignedInSession();
  return hasPermission(session, 'group.manage') ? <ManageActions {...props} /> : null;
}

function ManageActions({ group, reload }: GroupManageActionsProps) {
  const intl = useIntl();
  const facilitators = useApiQuery('/facilitators', facilitatorListSchema);
  const [isEditing, setEditing] = useState(false);
  const [notice, setNotice] = useState<MessageId>();
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const run = useCallback(
    async (send: () => Promise<unknown>, done: MessageId) => {
      setBusy(true);
      setNotice(undefined);
      try {
        await send();
        setProblem(undefined);
        setNotice(done);
        reload();
        heading.current?.focus();
        return true;
      } catch (error) {
        setProblem(problemFromError(error, intl));
        // Someone else changed the group or the session: show theirs, so that the step can be taken again on it.
        if (error instanceof ApiError && error.status === 409) reload();
        return false;
      } finally {
        setBusy(false);
      }
    },
    [intl, reload],
  );

  return (
    <section className="card" aria-labelledby="group-manage-heading">
      <h2 id="group-manage-heading" ref={heading} tabIndex={-1}>
        <FormattedMessage id="groups.manage.title" />
      </h2>
      <SuccessNotice>{notice && <FormattedMessage id={notice} />}</SuccessNotice>
      {problem && <ErrorSummary problem={problem} labels={{}} />}
      <div className="card-actions">
        <Button
          className="button button-secondary"
          aria-expanded={isEditing}
          aria-controls={isEditing ? groupEditFormId : undefined}
          onPress={() => setEditing(!isEditing)}
        >
          <FormattedMessage id="groups.edit.open" />
        </Button>
        {isEditing && (
          <GroupEditForm
            group={group}
            facilitators={facilitators.data ?? group.facilitators}
            onSaved={() => {
              setEditing(false);
              setProblem(undefined);
              setNotice('groups.edit.saved');
              reload();
              heading.current?.focus();
            }}
            onStale={reload}
          />
        )}
      </div>
      <GroupSessionActions group={group} run={run} isBusy={isBusy} />
    </section>
  );
}
