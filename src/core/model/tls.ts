/**
 * The viewer TLS policy apifront recommends and fills in (fact 168): TLSv1.2_2025 is the newest policy
 * the shipped CloudFormation schema accepts that still lets TLS 1.2 clients in. It keeps TLS 1.2 with
 * ECDHE and AEAD ciphers only (every current browser, OS and HTTP library), where TLSv1.3_2025 would
 * also shut out TLS 1.2-only clients (older Java, Android and embedded stacks) that an API often has.
 * No imports: the wizard's first paint reads it without loading zod.
 */
export const RECOMMENDED_TLS_POLICY = 'TLSv1.2_2025';
