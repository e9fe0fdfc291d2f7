/** The request model: what CloudFront and API Gateway do with one viewer request. */
export * from './types';
export * from './viewer-request';
export * from './policies';
export * from './rewrites';
export * from './credentials';
export { trace, traceUrl, traceVia, requestFor, originCustomHeaders, defaultViewerHost, SECRET_VALUE } from './trace';
export { predictAnswer, REST_MISSING_ROUTE, HTTP_NOT_FOUND } from './answer';
export { viewerPathFor } from './inverse';
export { sampleRequests, viewerHost, type SampleRequest } from './samples';
