// Schemas shared by many routes: problem details, nullable values, and the standard error responses.
import { type TSchema, Type } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

const problem = (description: string) => Type.Ref('Problem', { description });

/** The error responses every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: problem('The input is invalid; `errors` names each field.'),
  401: problem('Not signed in.'),
  403: problem('Signed in, but this request is refused (CSRF proof or origin).'),
  404: problem('No such resource, or not yours.'),
  413: problem('The input is larger than its documented limit; `errors` names the field.'),
  429: problem('Too many attempts; see Retry-After.'),
  503: problem('Busy or a dependency is down for a moment; see Retry-After.'),
};

export const NoContent = Type.Null({ description: 'No content' });

/** The session cookie, or (later) a personal API token, as OpenAPI security requirements. */
export const signedInSecurity = [{ sessionCookie: [] }];
