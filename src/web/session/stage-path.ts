import type { SessionStage } from '../api/session-response';

/** Where a session of each stage belongs: the sign-in step it must finish, or the app. */
export function stagePath(stage: SessionStage): string {
  switch (stage) {
    case 'second_factor':
      return '/sign-in/code';
    case 'enrol_second_factor':
      return '/sign-in/enrol';
    case 'active':
      return '/';
  }
}
