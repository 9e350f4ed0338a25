/**
 * Which parser a message needs, from how it starts: `<` is XML (ISO 20022; the namespace then
 * says which message), `{1:` or a `:20:`-style tag line is SWIFT MT. Undefined for anything else.
 */
export function detectPaymentSyntax(text: string): 'xml' | 'mt' | undefined {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'xml';
  if (/^\{1:/.test(start) || /^:\d{2}[A-Z]?:/.test(start)) return 'mt';
  return undefined;
}
