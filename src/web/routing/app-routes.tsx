import { Navigate, Route, Routes } from 'react-router';
import type { StatusState } from '../api/use-status';
import { EnrolmentPage } from '../pages/enrolment-page';
import { IntakeWorklistPage } from '../pages/intake-worklist-page';
import { NewReferralPage } from '../pages/new-referral-page';
import { ParticipantPage } from '../pages/participant-page';
import { PartnerPage } from '../pages/partners/partner-page';
import { PartnersPage } from '../pages/partners/partners-page';
import { PartnerContactCompliancePage } from '../pages/partner-contact/compliance-page';
import { PartnerContactWorklistPage } from '../pages/partner-contact/worklist-page';
import { EditResourcePage, NewResourcePage } from '../pages/resources/resource-edit-pages';
import { ResourcePage } from '../pages/resources/resource-page';
import { ResourcesPage } from '../pages/resources/resources-page';
import { ResourcesHsdsPage } from '../pages/resources/resources-hsds-page';
import { WorkbookPage } from '../pages/workbook/workbook-page';
import { DisclosurePage } from '../pages/disclosures/disclosure-page';
import { ReportsPage } from '../pages/reports/reports-page';
import { DisclosuresPage } from '../pages/disclosures/disclosures-page';
import { NewDisclosurePage } from '../pages/disclosures/new-disclosure-page';
import { WaitlistPage } from '../pages/waitlist-page';
import { AgedBalancesPage } from '../pages/fees/aged-balances-page';
import { DailyPaymentsPage } from '../pages/fees/daily-payments-page';
import { FeeSchedulesPage } from '../pages/fees/fee-schedules-page';
import { FeeSettingsPage } from '../pages/fees/fee-settings-page';
import { FeesPage } from '../pages/fees/fees-page';
import { GroupPage } from '../pages/groups/group-page';
import { RosterPage } from '../pages/sessions/roster-page';
import { SessionsPage } from '../pages/sessions/sessions-page';
import { ConcernsPage } from '../pages/concerns/concerns-page';
import { GroupsPage } from '../pages/groups/groups-page';
import { NewGroupPage } from '../pages/groups/new-group-page';
import { HolidaysPage } from '../pages/programs/holidays-page';
import { StreamPage } from '../pages/programs/stream-page';
import { StreamsPage } from '../pages/programs/streams-page';
import { NewUserPage } from '../pages/new-user-page';
import { NotFoundPage } from '../pages/not-found-page';
import { PasswordPage } from '../pages/password-page';
import { RecordViewsPage } from '../pages/record-views-page';
import { AuditFilePage } from '../pages/audit-access/audit-file-page';
import { AuditGrantsPage } from '../pages/audit-access/audit-grants-page';
import { AuditorHomePage } from '../pages/audit-access/auditor-home-page';
import { SecondFactorPage } from '../pages/second-factor-page';
import { SettingsPage } from '../pages/settings-page';
import { SignInPage } from '../pages/sign-in-page';
import { StatisticsPage } from '../pages/statistics/statistics-page';
import { CompliancePage } from '../pages/compliance/compliance-page';
import { UserPage } from '../pages/user-page';
import { UsersPage } from '../pages/users-page';
import { HomeRoute } from './home-route';
import { RequireSession } from './require-session';

/** Props of {@link AppRoutes}. */
export interface AppRoutesProps {
  status: StatusState;
  onRetryStatus: () => void;
}

/** Every page of the app and what it takes to open it (the server checks the same again). */
export function AppRoutes({ status, onRetryStatus }: AppRoutesProps) {
  return (
    <Routes>
      <Route path="/" element={<HomeRoute status={status} onRetryStatus={onRetryStatus} />} />
      {/* An installation with several agencies names none in its status: then ask which. */}
      <Route path="/sign-in" element={<SignInPage needsAgency={status.data?.agency === null} />} />
      <Route path="/sign-in/code" element={<SecondFactorPage />} />
      <Route path="/sign-in/enrol" element={<EnrolmentPage />} />
      <Route path="/admin/users" element={<RequireSession permission="user.read"><UsersPage /></RequireSession>} />
      <Route path="/admin/users/new" element={<RequireSession permission="user.manage"><NewUserPage /></RequireSession>} />
      <Route path="/admin/users/:userId" element={<RequireSession permission="user.read"><UserPage /></RequireSession>} />
      <Route path="/admin/settings" element={<RequireSession permission="setting.manage"><SettingsPage /></RequireSession>} />
      <Route path="/audit/record-views" element={<RequireSession permission="audit.read_views"><RecordViewsPage /></RequireSession>} />
      {/* The auditor's pages say themselves when no grant is in force (the session then holds no audit permission). */}
      <Route path="/my-audit" element={<RequireSession><AuditorHomePage /></RequireSession>} />
      <Route path="/my-audit/files/:participantId" element={<RequireSession><AuditFilePage /></RequireSession>} />
      <Route path="/audit-access" element={<RequireSession permission="audit.grant_access"><AuditGrantsPage /></RequireSession>} />
      <Route path="/intake" element={<RequireSession permission="referral.read"><IntakeWorklistPage /></RequireSession>} />
      <Route path="/referrals/new" element={<RequireSession permission="referral.write"><NewReferralPage /></RequireSession>} />
      <Route path="/participants/:participantId" element={<RequireSession permission="participant.read"><ParticipantPage /></RequireSession>} />
      <Route path="/participants/:participantId/workbook" element={<RequireSession permission="participant.read"><WorkbookPage /></RequireSession>} />
      <Route path="/partners" element={<RequireSession permission="partner.read"><PartnersPage /></RequireSession>} />
      <Route path="/partners/:partnerId" element={<RequireSession permission="partner.read" isCompartment><PartnerPage /></RequireSession>} />
      <Route path="/partner-contact" element={<RequireSession permission="partner.read"><PartnerContactWorklistPage /></RequireSession>} />
      <Route path="/partner-contact/compliance" element={<RequireSession permission="statistics.read"><PartnerContactCompliancePage /></RequireSession>} />
      <Route path="/statistics" element={<RequireSession permission="statistics.read"><StatisticsPage /></RequireSession>} />
      <Route path="/compliance" element={<RequireSession permission="statistics.read"><CompliancePage /></RequireSession>} />
      <Route path="/disclosures" element={<RequireSession permission="disclosure.read"><DisclosuresPage /></RequireSession>} />
      <Route path="/disclosures/new" element={<RequireSession permission="disclosure.create"><NewDisclosurePage /></RequireSession>} />
      <Route path="/disclosures/:disclosureId" element={<RequireSession permission="disclosure.read" isCompartment><DisclosurePage /></RequireSession>} />
      <Route path="/reports" element={<RequireSession permission="report.sign" isCompartment><ReportsPage /></RequireSession>} />
      <Route path="/resources" element={<RequireSession permission="resource.read"><ResourcesPage /></RequireSession>} />
      <Route path="/resources/new" element={<RequireSession permission="resource.manage"><NewResourcePage /></RequireSession>} />
      <Route path="/resources/hsds" element={<RequireSession permission="resource.manage"><ResourcesHsdsPage /></RequireSession>} />
      <Route path="/resources/:resourceId" element={<RequireSession permission="resource.read"><ResourcePage /></RequireSession>} />
      <Route path="/resources/:resourceId/edit" element={<RequireSession permission="resource.manage"><EditResourcePage /></RequireSession>} />
      <Route path="/waitlist" element={<RequireSession permission="group.read"><WaitlistPage /></RequireSession>} />
      <Route path="/sessions" element={<RequireSession permission="group.read"><SessionsPage /></RequireSession>} />
      <Route path="/sessions/:sessionId" element={<RequireSession permission="group.read"><RosterPage /></RequireSession>} />
      <Route path="/groups/:groupId" element={<RequireSession permission="group.read"><GroupPage /></RequireSession>} />
      <Route path="/groups" element={<RequireSession permission="group.read"><GroupsPage /></RequireSession>} />
      <Route path="/groups/new" element={<RequireSession permission="group.manage"><NewGroupPage /></RequireSession>} />
      <Route path="/programs" element={<Navigate to="/programs/streams" replace />} />
      <Route path="/programs/streams" element={<RequireSession permission="agency.read"><StreamsPage /></RequireSession>} />
      <Route path="/programs/streams/:streamId" element={<RequireSession permission="agency.read"><StreamPage /></RequireSession>} />
      <Route path="/programs/holidays" element={<RequireSession permission="agency.read"><HolidaysPage /></RequireSession>} />
      <Route path="/fees" element={<RequireSession permission="fee.read"><FeesPage /></RequireSession>} />
      <Route path="/fees/schedules" element={<RequireSession permission="fee.read"><FeeSchedulesPage /></RequireSession>} />
      <Route path="/fees/reports/aged-balances" element={<RequireSession permission="fee.manage"><AgedBalancesPage /></RequireSession>} />
      <Route path="/fees/reports/daily-payments" element={<RequireSession permission="fee.manage"><DailyPaymentsPage /></RequireSession>} />
      <Route path="/fees/settings" element={<RequireSession permission="fee.manage"><FeeSettingsPage /></RequireSession>} />
      <Route path="/concerns" element={<RequireSession permission="case.sign_off"><ConcernsPage /></RequireSession>} />
      <Route path="/account/password" element={<RequireSession><PasswordPage /></RequireSession>} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
