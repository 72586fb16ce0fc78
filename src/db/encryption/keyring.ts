import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for free text at rest. A stored value reads
 * `enc:v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts), where keyId names the key that
 * encrypted it: the first 8 hex digits of the key's SHA-256, so it can be given to nobody's harm.
 */
export const ENCRYPTED_PREFIX = "enc:v1:";
const KEY_BYTES = 32;
const IV_BYTES = 12;

export interface Keyring {
  /** The id of the key new values are encrypted with. */
  currentId: string;
  encrypt: (plain: string) => string;
  /** The plain text of a stored value; a value without the prefix is returned as it is. */
  decrypt: (stored: string) => string;
  /** The id of the key a stored value was encrypted with, or undefined for plain text. */
  keyIdOf: (stored: string) => string | undefined;
  knows: (keyId: string) => boolean;
}

export class EncryptionKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EncryptionKeyError";
  }
}

/** Reads a base64 key and checks it is 32 bytes. */
export function decodeKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), "base64");
  if (key.length !== KEY_BYTES || key.toString("base64") !== base64.trim()) {
    throw new EncryptionKeyError("should be 32 random bytes in base64 (openssl rand -base64 32)");
  }
  return key;
}

export function keyIdOf(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

/** A new random key in base64, for tests, the sandbox and `npm run keys:new`. */
export function newKeyBase64(): string {
  return randomBytes(KEY_BYTES).toString("base64");
}

/** The current key (encrypts and decrypts) and older keys (decrypt only, until rotated away). */
export function createKeyring(current: Buffer, older: readonly Buffer[] = []): Keyring {
  const keys = new Map<string, Buffer>();
  for (const key of [current, ...older]) keys.set(keyIdOf(key), key);
  const currentId = keyIdOf(current);
  const parse = (stored: string) => {
    const parts = stored.slice(ENCRYPTED_PREFIX.length).split(":");
    if (parts.length !== 4) throw new EncryptionKeyError("A stored value is not well formed.");
    const [keyId = "", iv = "", tag = "", data = ""] = parts;
    return { keyId, iv, tag, data };
  };
  return {
    currentId,
    knows: (keyId) => keys.has(keyId),
    keyIdOf: (stored) => (stored.startsWith(ENCRYPTED_PREFIX) ? parse(stored).keyId : undefined),
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", current, iv);
      const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return `${ENCRYPTED_PREFIX}${currentId}:${[iv, tag, data].map((b) => b.toString("base64url")).join(":")}`;
    },
    decrypt(stored) {
      if (!stored.startsWith(ENCRYPTED_PREFIX)) return stored;
      const { keyId, iv, tag, data } = parse(stored);
      const key = keys.get(keyId);
      if (!key) {
        throw new EncryptionKeyError(
          `A stored value was encrypted with key ${keyId}, which is not configured (the current key is ${currentId}).`,
        );
      }
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
        decipher.setAuthTag(Buffer.from(tag, "base64url"));
        const plain = Buffer.concat([
          decipher.update(Buffer.from(data, "base64url")),
          decipher.final(),
        ]);
        return plain.toString("utf8");
      } catch {
        throw new EncryptionKeyError(
          `A stored value encrypted with key ${keyId} failed its check.`,
        );
      }
    },
  };
}

/** The keyring the configuration names: DATA_ENCRYPTION_KEY, then DATA_ENCRYPTION_OLD_KEYS. */
export function keyringFromConfig(config: {
  DATA_ENCRYPTION_KEY: string;
  DATA_ENCRYPTION_OLD_KEYS: readonly string[];
}): Keyring {
  return createKeyring(
    decodeKey(config.DATA_ENCRYPTION_KEY),
    config.DATA_ENCRYPTION_OLD_KEYS.map(decodeKey),
  );
}
