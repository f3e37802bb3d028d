// Outlet profiles: what the user knows about an outlet (its domains, country, owner, political lean), imported from
// their own file (`triangulate outlets import`). Triangulate ships no ratings of its own.
import { Type, type Static } from '@sinclair/typebox';

export const OutletProfileSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'The outlet as articles name it ("Valley Times"); matched without regard to case.' }),
    domains: Type.Array(Type.String({ pattern: '^[a-z0-9.-]+$' }), { description: 'Its web domains ("valleytimes.example"): an article from one of them is this outlet.' }),
    country: Type.Optional(Type.String()),
    owner: Type.Optional(Type.String()),
    lean: Type.Optional(Type.String({ description: 'Its political lean, in the user\'s own scale ("left", "centre", "right", …).' })),
    notes: Type.Optional(Type.String()),
  },
  { additionalProperties: false, title: 'OutletProfile' },
);
export type OutletProfile = Static<typeof OutletProfileSchema>;
