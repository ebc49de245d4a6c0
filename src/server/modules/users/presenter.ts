// Turns a users row into the API's User; the password hash never leaves through here.
import type { CheckInCadence } from '../../../domain/schedule.js';
import type { Language, LearnerLevel } from '../../../domain/vocabulary.js';
import type { UserRow } from '../../db/schema.js';
import type { User } from './schemas.js';

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    level: row.level as LearnerLevel | null,
    language: row.language as Language | null,
    framework: row.framework,
    targetRole: row.target_role,
    timeZone: row.time_zone,
    reviewCadence: row.review_cadence as CheckInCadence,
    createdAt: row.created_at,
  };
}
