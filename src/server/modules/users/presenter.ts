// Turns a users row into the API's User; the password hash never leaves through here.
import type { UserRow } from '../../db/schema.js';
import type { User } from './schemas.js';

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    level: row.level,
    language: row.language,
    framework: row.framework,
    targetRole: row.target_role,
    timeZone: row.time_zone,
    reviewCadence: row.review_cadence,
    createdAt: row.created_at,
  };
}
