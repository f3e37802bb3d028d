// A numbered schema migration: each runs once, in order, in a transaction.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}
