import type { GroupDetail } from '../../api/groups-read';

/** Props of {@link GroupManageActions}. */
export interface GroupManageActionsProps {
  /** The group as the page shows it (its sessions with their versions). */
  group: GroupDetail;
  /** Loads the group again after a change, so that the page shows it. */
  reload: () => void;
}

/**
 * The manager's actions on the group page (`/groups/:groupId`): cancel or reschedule a session,
 * add sessions, edit the group. The manager pages fill this component; the group page renders it
 * for everyone and leaves it to decide what the user's permissions (`group.manage`) offer.
 */
export function GroupManageActions(_props: GroupManageActionsProps) {
  return null;
}
