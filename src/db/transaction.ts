import type { Database } from "./client.ts";

/** The client handed to a `db.$transaction(async (tx) => …)` callback. */
export type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Either the client or a transaction: data-access helpers accept both. */
export type Db = Database | Tx;
