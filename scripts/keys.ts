/**
 * `npm run keys:new`: prints a new data-encryption key.
 * `npm run keys:rotate`: re-encrypts every stored value with DATA_ENCRYPTION_KEY, reading old
 * values with the keys in DATA_ENCRYPTION_OLD_KEYS. Afterwards the old keys can be removed.
 */
import { existsSync } from "node:fs";
import { ConfigError, loadEncryptionConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";
import { keyringFromConfig, newKeyBase64 } from "../src/db/encryption/keyring.ts";
import {
  checkStoredValuesDecrypt,
  encryptStoredValues,
} from "../src/db/encryption/stored-values.ts";
import { applyMigrations } from "../src/db/migrate.ts";

async function rotate(): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const config = loadEncryptionConfig(process.env);
  const keyring = keyringFromConfig(config);
  applyMigrations(config.DATABASE_URL);
  const db = await openDatabase(config.DATABASE_URL, keyring);
  try {
    await checkStoredValuesDecrypt(db, keyring);
    const rewritten = await encryptStoredValues(db, keyring, { rotate: true });
    process.stdout.write(
      `Re-encrypted ${rewritten} stored values with key ${keyring.currentId}. Every value now uses it: DATA_ENCRYPTION_OLD_KEYS can be emptied.\n`,
    );
  } finally {
    await db.$disconnect();
  }
}

const command = process.argv[2];
if (command === "new") {
  process.stdout.write(`${newKeyBase64()}\n`);
} else if (command === "rotate") {
  await rotate().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
} else {
  process.stderr.write("Usage: tsx scripts/keys.ts new|rotate\n");
  process.exit(2);
}
