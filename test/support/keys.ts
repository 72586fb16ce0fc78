import { createKeyring, decodeKey, newKeyBase64 } from "../../src/db/encryption/keyring.ts";

/** This test process's own data-encryption key: generated, never a fixed secret. */
export const TEST_DATA_KEY = newKeyBase64();
export const testKeyring = createKeyring(decodeKey(TEST_DATA_KEY));
