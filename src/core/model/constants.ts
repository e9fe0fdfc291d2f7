/**
 * Values that several modules need and that must never differ between them: defined here once.
 * No imports: the wizard's first paint reads this module without loading zod.
 */

/** CloudFront's own hosted zone ID for alias records (fact 131); never the user's zone. */
export const CLOUDFRONT_HOSTED_ZONE_ID = 'Z2FDTNDATAQYW2';

/** The header name used when lock-down is asked for but no verify header is configured. */
export const DEFAULT_VERIFY_HEADER = 'X-Origin-Verify';

/**
 * The viewer TLS policy apifront recommends and fills in (fact 168): TLSv1.2_2025 is the newest policy
 * the shipped CloudFormation schema accepts that still lets TLS 1.2 clients in. It keeps TLS 1.2 with
 * ECDHE and AEAD ciphers only (every current browser, OS and HTTP library), where TLSv1.3_2025 would
 * also shut out TLS 1.2-only clients (older Java, Android and embedded stacks) that an API often has.
 */
export const RECOMMENDED_TLS_POLICY = 'TLSv1.2_2025';

/** The Region of every CloudFront-side resource: certificate, CLOUDFRONT-scope WAF (facts 93, 116). */
export const MAIN_REGION = 'us-east-1';
