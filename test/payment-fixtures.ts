import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parsePaymentMessage, type PaymentIssue, type PaymentParseResult } from '../src/payments/index.js';
import { PROJECT_ROOT } from './run-cli.js';

/** Payment messages written for the tests (test/fixtures/payments), each naming one listed party. */
export const PAYMENT_FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures', 'payments');

export function paymentFixture(name: string): string {
  return readFileSync(join(PAYMENT_FIXTURES, name), 'utf8');
}

/** The parse of a message that must be valid; its errors fail the test with their messages. */
export function parseValid(text: string): Extract<PaymentParseResult, { ok: true }> {
  const result = parsePaymentMessage(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result;
}

/** The errors of a parse that must have refused the message. */
export function errorsOf(result: PaymentParseResult): PaymentIssue[] {
  expect(result.ok).toBe(false);
  return result.errors ?? [];
}
