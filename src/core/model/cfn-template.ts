/** The shape of a parsed CloudFormation template (a leaf module: import, render, rules and validate share it). */
/** A CloudFormation template as parsed (intrinsics as `{ Ref }`, `{ 'Fn::GetAtt' }` ... objects). */
export interface CfnTemplate {
  AWSTemplateFormatVersion?: string;
  Transform?: unknown;
  Parameters?: Record<string, { Type?: string; Default?: unknown; NoEcho?: unknown; [k: string]: unknown }>;
  Conditions?: Record<string, unknown>;
  Mappings?: Record<string, unknown>;
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; [k: string]: unknown }>;
  Outputs?: Record<string, unknown>;
  [k: string]: unknown;
}
