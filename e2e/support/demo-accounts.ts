/** The demo seed's password, shared by its one account per role (`pars serve --demo`). */
export const demoPassword = 'Demo-Password-2026';

/** The demo seed's accounts, one per role and a second facilitator, with the names the seed gives them. */
export const demoAccounts = {
  admin: { email: 'admin@demo.pars.test', name: 'Alex Martin' },
  partnerLead: { email: 'partner.lead@demo.pars.test', name: 'Claire Dubois' },
  manager: { email: 'manager@demo.pars.test', name: 'Daniel Okafor' },
  intake: { email: 'intake@demo.pars.test', name: 'Isabelle Tremblay' },
  auditor: { email: 'auditor@demo.pars.test', name: 'Jean-Luc Gagnon' },
  facilitator: { email: 'facilitator@demo.pars.test', name: 'Marcus Lee' },
  facilitator2: { email: 'facilitator2@demo.pars.test', name: 'Sophie Bélanger' },
  partnerContact: { email: 'partner.contact@demo.pars.test', name: 'Nadia Haddad' },
  finance: { email: 'finance@demo.pars.test', name: 'Priya Sharma' },
} as const;
