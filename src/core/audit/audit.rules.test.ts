import { describe, expect, it } from 'vitest';
import { compartmentOfSubject } from './audit.rules.js';

describe('compartmentOfSubject', () => {
  it.each([
    ['partner', 'partner'],
    ['contact_note', 'partner'],
    ['safety_plan', 'partner'],
    ['participant', 'participant'],
    ['referral', 'participant'],
    ['document', 'participant'],
    ['session_note', 'participant'],
    ['user', undefined],
    ['audit_log', undefined],
  ] as const)('puts a %s in the %s compartment', (type, compartment) => {
    expect(compartmentOfSubject(type)).toBe(compartment);
  });
});
