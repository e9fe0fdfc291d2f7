/**
 * Test helper: a valid config from the REST "API only" preset with a mutation applied, so each test
 * case shows only what differs. Not used by the app.
 */
import { presetConfig, type PresetId } from '../model/presets';
import type { ApifrontConfig } from '../model/schema';

export function buildConfig(mutate?: (config: ApifrontConfig) => void, preset: PresetId = 'api-only-rest'): ApifrontConfig {
  const config = presetConfig(preset);
  mutate?.(config);
  return config;
}
