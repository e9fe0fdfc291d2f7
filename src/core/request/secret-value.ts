/** What a secret header value reads as in a trace: never the value. */
export const SECRET_VALUE = '<secret>';
