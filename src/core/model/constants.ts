/** Values that several modules need and that must never differ between them: defined here once. */

/** CloudFront's own hosted zone ID for alias records (fact 131); never the user's zone. */
export const CLOUDFRONT_HOSTED_ZONE_ID = 'Z2FDTNDATAQYW2';

/** The header name used when lock-down is asked for but no verify header is configured. */
export const DEFAULT_VERIFY_HEADER = 'X-Origin-Verify';

/** The viewer TLS policy apifront recommends and fills in when none is chosen (fact 101). */
export const RECOMMENDED_TLS_POLICY = 'TLSv1.2_2021';

/** The Region of every CloudFront-side resource: certificate, CLOUDFRONT-scope WAF (facts 93, 116). */
export const MAIN_REGION = 'us-east-1';
