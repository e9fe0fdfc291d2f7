/**
 * Test helper: a valid config from the REST "API only" preset with a mutation applied, so each test
 * case shows only what differs. Not used by the app.
 */
import { presetConfig, type PresetId } from '../model/presets';
import { behaviorSchema, type ApiGatewayOrigin, type ApifrontConfig, type Behavior } from '../model/schema';

export function buildConfig(mutate?: (config: ApifrontConfig) => void, preset: PresetId = 'api-only-rest'): ApifrontConfig {
  const config = presetConfig(preset);
  mutate?.(config);
  return config;
}

/** An ordered behavior to origin `api` with the schema's defaults and the given overrides. */
export function makeBehavior(pathPattern: string, extra: Partial<Behavior> = {}): Behavior {
  return { ...behaviorSchema.parse({ pathPattern, originId: 'api' }), ...extra };
}

/** The preset's API Gateway origin (first origin), typed. */
export function firstApiOrigin(config: ApifrontConfig): ApiGatewayOrigin {
  const origin = config.origins[0];
  if (origin?.type !== 'apigateway') throw new Error('the config has no API Gateway origin first');
  return origin;
}
