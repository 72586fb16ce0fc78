import { Prisma } from "../../generated/prisma/client.ts";
import type { Database } from "../client.ts";
import { ENCRYPTED_FIELDS } from "./fields.ts";
import { ENCRYPTED_PREFIX, EncryptionKeyError, type Keyring } from "./keyring.ts";

const columns = Object.values(ENCRYPTED_FIELDS).flatMap(({ table, fields }) =>
  Object.values(fields).map((column) => ({ table, column })),
);

/**
 * Refuses to go on when stored values were encrypted with a key that is not configured, or do
 * not decrypt with the key they name: the bot would otherwise fail on every read.
 */
export async function checkStoredValuesDecrypt(db: Database, keyring: Keyring): Promise<void> {
  for (const { table, column } of columns) {
    const samples = await db.$queryRawUnsafe<{ value: string }[]>(
      `SELECT MIN(${column}) AS value FROM ${table} WHERE ${column} LIKE '${ENCRYPTED_PREFIX}%' GROUP BY substr(${column}, ${ENCRYPTED_PREFIX.length + 1}, 8)`,
    );
    for (const { value } of samples) {
      const keyId = keyring.keyIdOf(value) ?? "";
      if (!keyring.knows(keyId)) {
        throw new EncryptionKeyError(
          `DATA_ENCRYPTION_KEY cannot decrypt the data already stored: ${table}.${column} holds values encrypted with key ${keyId}, but the configured key is ${keyring.currentId}. Set DATA_ENCRYPTION_KEY to the key used before (or list it in DATA_ENCRYPTION_OLD_KEYS and run npm run keys:rotate).`,
        );
      }
      try {
        keyring.decrypt(value);
      } catch {
        throw new EncryptionKeyError(
          `A value in ${table}.${column} does not decrypt with key ${keyId}: the key or the data has changed.`,
        );
      }
    }
  }
}

/**
 * Encrypts every stored value that is still plain text (rows written before encryption) and,
 * with `rotate`, re-encrypts values written with an older key under the current one.
 * Returns how many values it rewrote. Runs in one transaction: all or nothing.
 */
export async function encryptStoredValues(
  db: Database,
  keyring: Keyring,
  { rotate = false }: { rotate?: boolean } = {},
): Promise<number> {
  const pending = (table: string, column: string) =>
    rotate
      ? `SELECT 1 FROM ${table} WHERE ${column} IS NOT NULL AND ${column} NOT LIKE '${ENCRYPTED_PREFIX}${keyring.currentId}:%' LIMIT 1`
      : `SELECT 1 FROM ${table} WHERE ${column} IS NOT NULL AND ${column} NOT LIKE '${ENCRYPTED_PREFIX}%' LIMIT 1`;
  // Most starts have nothing to rewrite: no write lock is taken for them.
  let anything = false;
  for (const { table, column } of columns) {
    if ((await db.$queryRawUnsafe<unknown[]>(pending(table, column))).length > 0) anything = true;
  }
  if (!anything) return 0;
  return db.$transaction(
    async (tx) => {
      let rewritten = 0;
      for (const { table, column } of columns) {
        const rows = await tx.$queryRawUnsafe<{ id: number; value: string }[]>(
          rotate
            ? `SELECT id, ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL AND ${column} NOT LIKE '${ENCRYPTED_PREFIX}${keyring.currentId}:%'`
            : `SELECT id, ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL AND ${column} NOT LIKE '${ENCRYPTED_PREFIX}%'`,
        );
        for (const { id, value } of rows) {
          const encrypted = keyring.encrypt(keyring.decrypt(value));
          await tx.$executeRaw`UPDATE ${Prisma.raw(table)} SET ${Prisma.raw(column)} = ${encrypted} WHERE id = ${id}`;
          rewritten += 1;
        }
      }
      return rewritten;
    },
    { timeout: 10 * 60_000 },
  );
}

/** At start-up: the keys must open what is stored; then plain text left from before is encrypted. */
export async function prepareEncryptedData(
  db: Database,
  keyring: Keyring,
  logger: { info: (message: string, fields: Record<string, unknown>) => void },
): Promise<void> {
  await checkStoredValuesDecrypt(db, keyring);
  const encrypted = await encryptStoredValues(db, keyring);
  if (encrypted > 0)
    logger.info("Encrypted free text stored before encryption was on", { encrypted });
}
