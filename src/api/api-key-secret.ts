import { createHash, randomBytes } from 'node:crypto';
import type { ApiKey, ApiKeyRole, Store } from '../store/index.js';

/**
 * API key secrets: made here, shown once, and kept only as a hash.
 *
 * Why SHA-256 and not scrypt or bcrypt: a key is 32 random bytes (256 bits), not a password a
 * person chose, so there is no dictionary to try and a slow hash adds no protection; what it would
 * add is tens of milliseconds of CPU to every request. An unsalted fast hash also lets the store
 * look a key up by its hash with an index. (GitHub tokens and Stripe keys are kept the same way.)
 * @module
 */

/** Keys start with this, so secret scanners and people can tell what they are. */
const KEY_PREFIX = 'vgl_';

/** The hex SHA-256 of a key: what the store keeps and looks keys up by. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Creates a key with 256 random bits, records its hash, and returns the key in clear (the only time). */
export async function issueApiKey(store: Store, role: ApiKeyRole, label: string): Promise<{ key: string; record: ApiKey }> {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = `key_${randomBytes(6).toString('hex')}`;
  const record = await store.createApiKey({ id, role, label, keyHash: hashApiKey(key) });
  return { key, record };
}
