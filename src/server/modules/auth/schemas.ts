// Request and response shapes of the account routes.
import { Type } from 'typebox';
import { UserSchema } from '../users/schemas.js';

export const CredentialsSchema = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    // The length rules are checked by the password policy, which explains them better.
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const SignedInSchema = Type.Object({
  user: UserSchema,
  csrfToken: Type.String({ description: `Send back as the x-csrf-token header on writes.` }),
});

export const SessionStateSchema = Type.Object({
  user: Type.Union([UserSchema, Type.Null()]),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
});

export const CsrfSchema = Type.Object({ token: Type.String() });

export const SessionSchema = Type.Object({
  id: Type.String(),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  current: Type.Boolean(),
});

export const SessionIdParams = Type.Object({ sessionId: Type.String({ format: 'uuid' }) });

export const PasswordChangeSchema = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
    newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

/** Login, sign-up and password change refuse (fail closed) while the attempt counter is unreachable. */
export const UnavailableResponse = Type.Ref('Problem', {
  description: 'The attempt counter (Redis) cannot be reached; see Retry-After.',
});
