/**
 * Roles come from capability links: the server derives the role from the link's token and
 * enforces what each role may write. The client only uses these to shape its UI.
 */
export const Role = {
  Facilitator: 'facilitator',
  Participant: 'participant',
  Viewer: 'viewer',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = [Role.Facilitator, Role.Participant, Role.Viewer];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
