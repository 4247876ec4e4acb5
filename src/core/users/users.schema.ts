import { z } from 'zod';
import { roles } from '../access/roles.js';
import { maxPasswordLength } from './password-policy.js';

export const RoleName = z.enum(roles);
export const UserId = z.uuid();

/** A staff account as the admin screens show it (never a hash or a secret). */
export const UserSummary = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  preferredLocale: z.enum(['en-CA', 'fr-CA']),
  status: z.enum(['active', 'disabled']),
  roles: z.array(RoleName),
  hasSecondFactor: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const CreateUserInput = z.strictObject({
  email: z.email().max(254),
  displayName: z.string().trim().min(1).max(120),
  preferredLocale: z.enum(['en-CA', 'fr-CA']).default('en-CA'),
  roles: z.array(RoleName).max(8).default([]),
  password: z.string().max(maxPasswordLength),
});
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const SetRolesInput = z.strictObject({ roles: z.array(RoleName).max(8), version: z.number().int().positive() });
export type SetRolesInput = z.infer<typeof SetRolesInput>;

export const VersionInput = z.strictObject({ version: z.number().int().positive() });

export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().max(maxPasswordLength),
  newPassword: z.string().max(maxPasswordLength),
});


export const TemporaryPasswordInput = z.strictObject({ password: z.string().max(maxPasswordLength), version: z.number().int().positive() });
