import { Prisma } from "../../generated/prisma/client.ts";
import {
  ENCRYPTED_FIELD_NAMES,
  type EncryptedModel,
  encryptedFieldsOf,
  RELATIONS_TO_ENCRYPTED,
} from "./fields.ts";
import { ENCRYPTED_PREFIX, type Keyring } from "./keyring.ts";

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !Buffer.isBuffer(value);

/**
 * The one place where free text is encrypted and decrypted: a Prisma client extension. Writes to
 * the fields listed in fields.ts are encrypted (nested writes too); every read result is
 * decrypted, however deep an include or select put the field. A filter on an encrypted field
 * cannot work on ciphertext, so it is refused (an "is null" test still works). Raw SQL bypasses
 * the hook: a raw write of free text encrypts it with `$encryptFreeText` (src/db/entries.ts), and
 * a raw read decrypts it with `$decryptFreeText` (src/db/confirmation-entries.ts).
 */
export function encryptionExtension(keyring: Keyring) {
  const encryptValue = (value: unknown): unknown => {
    if (typeof value === "string") return keyring.encrypt(value);
    if (isRow(value) && typeof value.set === "string") return { set: keyring.encrypt(value.set) };
    return value;
  };

  const encryptData = (model: string | undefined, data: unknown): unknown => {
    if (Array.isArray(data)) return data.map((item) => encryptData(model, item));
    if (!isRow(data) || !model) return data;
    const fields = encryptedFieldsOf(model);
    const relations = RELATIONS_TO_ENCRYPTED[model] ?? {};
    const out: Row = { ...data };
    for (const [key, value] of Object.entries(data)) {
      if (fields.includes(key)) out[key] = encryptValue(value);
      const related = relations[key];
      if (related && isRow(value)) out[key] = encryptNestedWrite(related, value);
    }
    return out;
  };

  const encryptNestedWrite = (model: EncryptedModel, write: Row): Row => {
    const out: Row = { ...write };
    const each = (value: unknown, fn: (item: Row) => Row) =>
      Array.isArray(value)
        ? value.map((item) => (isRow(item) ? fn(item) : item))
        : isRow(value)
          ? fn(value)
          : value;
    if ("create" in write) out.create = encryptData(model, write.create);
    if (isRow(write.createMany))
      out.createMany = { ...write.createMany, data: encryptData(model, write.createMany.data) };
    if ("update" in write)
      out.update = each(write.update, (u) => ({ ...u, data: encryptData(model, u.data) }));
    if ("updateMany" in write)
      out.updateMany = each(write.updateMany, (u) => ({ ...u, data: encryptData(model, u.data) }));
    if ("upsert" in write)
      out.upsert = each(write.upsert, (u) => ({
        ...u,
        create: encryptData(model, u.create),
        update: encryptData(model, u.update),
      }));
    if ("connectOrCreate" in write)
      out.connectOrCreate = each(write.connectOrCreate, (c) => ({
        ...c,
        create: encryptData(model, c.create),
      }));
    return out;
  };

  const refuseFilters = (model: string | undefined, where: unknown): void => {
    if (!isRow(where)) return;
    for (const [key, value] of Object.entries(where)) {
      if (key === "AND" || key === "OR" || key === "NOT") {
        for (const inner of Array.isArray(value) ? value : [value]) refuseFilters(model, inner);
      } else if (encryptedFieldsOf(model).includes(key) && !isNullTest(value)) {
        throw new Error(
          `${model}.${key} is stored encrypted, so it cannot be filtered on (only tested for null).`,
        );
      }
    }
  };

  const decryptResult = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decryptResult);
    if (!isRow(value)) return value;
    const out: Row = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] =
        ENCRYPTED_FIELD_NAMES.has(key) &&
        typeof inner === "string" &&
        inner.startsWith(ENCRYPTED_PREFIX)
          ? keyring.decrypt(inner)
          : decryptResult(inner);
    }
    return out;
  };

  return Prisma.defineExtension({
    name: "encrypt-free-text",
    client: {
      /** For raw SQL writes, which the query hook below does not see. */
      $encryptFreeText: (text: string): string => keyring.encrypt(text),
      /** For raw SQL reads of free text: stored ciphertext back to the text. */
      $decryptFreeText: (stored: string): string =>
        stored.startsWith(ENCRYPTED_PREFIX) ? keyring.decrypt(stored) : stored,
    },
    query: {
      $allModels: {
        async $allOperations({ model, args, query }) {
          const input = { ...(args as Row) };
          refuseFilters(model, input.where);
          if ("data" in input) input.data = encryptData(model, input.data);
          if ("create" in input) input.create = encryptData(model, input.create);
          if ("update" in input) input.update = encryptData(model, input.update);
          return decryptResult(await query(input as typeof args));
        },
      },
    },
  });
}

function isNullTest(value: unknown): boolean {
  if (value === null) return true;
  if (!isRow(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (value.equals === null || value.not === null);
}
