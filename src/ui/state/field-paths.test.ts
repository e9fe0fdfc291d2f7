import { describe, expect, it } from 'vitest';
import { buildConfig } from '../../core/testing/build-config';
import type { PlainFinding } from '../engine/checks-protocol';
import { anchorOf, anchorPaths, fieldId, pathKey, placeFindings, stepOfPath } from './field-paths';

const finding = (rule: string, configPath: (string | number)[], severity: PlainFinding['severity'] = 'error'): PlainFinding => ({
  rule,
  severity,
  messageId: 'm',
  message: `${rule} at ${configPath.join('.')}`,
  location: { kind: 'config', configPath },
});

describe('field paths', () => {
  it('makes keys and DOM ids from config paths', () => {
    expect(pathKey(['behaviors', 0, 'originRequest'])).toBe('behaviors[0].originRequest');
    expect(fieldId(['behaviors', 0, 'originRequest'])).toBe('f-behaviors-0-originRequest');
    expect(fieldId(['origins', 1, 'api', 'customDomain', 'name'])).toBe('f-origins-1-api-customDomain-name');
  });

  it('places AF219 findings beside the routing-rule field they are about, once the rule editor shows', () => {
    const config = buildConfig((c) => {
      const o = c.origins[0];
      if (o?.type !== 'apigateway') return;
      o.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name', routingMode: 'ROUTING_RULE_ONLY', routingRules: [{ priority: 0, headers: [{ name: 'Authorization', valueGlob: '*' }], target: { apiId: 'a', stage: 'b' } }] };
    });
    const rule = ['origins', 0, 'api', 'customDomain', 'routingRules', 0];
    const placed = placeFindings([finding('AF219', [...rule, 'headers', 0, 'name']), finding('AF219', [...rule, 'priority']), finding('AF219', [...rule, 'headers'])], config);
    expect([...placed.keys()].sort()).toEqual([`${pathKey(rule)}.headers`, `${pathKey(rule)}.headers[0].name`, `${pathKey(rule)}.priority`].sort());
    // In API_MAPPING_ONLY without rules the editor is hidden: the finding goes to the custom domain section.
    const hidden = buildConfig((c) => {
      const o = c.origins[0];
      if (o?.type === 'apigateway') o.api.customDomain = { name: 'api-origin.example.com', regionalDomainName: '', basePath: '', endpoint: 'regional', originHost: 'name' };
    });
    expect([...placeFindings([finding('AF219', ['origins', 0, 'api', 'customDomain', 'routingRules'])], hidden).keys()]).toEqual(['origins[0].api.customDomain']);
  });

  it('maps a path to the step that shows it, lock-down included', () => {
    expect(stepOfPath(['domain', 'aliases', 0])).toBe('domain');
    expect(stepOfPath(['origins', 0, 'api', 'stage'])).toBe('origin');
    expect(stepOfPath(['origins', 0, 'lockdown'])).toBe('security');
    expect(stepOfPath(['defaultBehavior', 'cache'])).toBe('paths');
    expect(stepOfPath(['distribution', 'ipv6'])).toBe('security');
    expect(stepOfPath(['name'])).toBe('review');
  });

  it('lists one anchor per alias, behavior field and error-caching row of the config', () => {
    const config = buildConfig((c) => {
      c.domain.aliases = ['a.example.com', 'b.example.com'];
      c.behaviors = [{ ...c.defaultBehavior, pathPattern: '/api/*' }];
    });
    const keys = new Set(anchorPaths(config).map(pathKey));
    expect(keys).toContain('domain.aliases[1]');
    expect(keys).toContain('behaviors[0].pathPattern');
    expect(keys).toContain('behaviors[0].stripPrefix');
    expect(keys).not.toContain('defaultBehavior.stripPrefix');
    expect(keys).toContain(`distribution.errorCaching[${config.distribution.errorCaching.length - 1}].ttl`);
    // Custom cache policy fields exist only when the behavior uses one outside the intents.
    expect(keys).not.toContain('behaviors[0].cache.custom.minTtl');
  });

  it('anchors a finding at the longest path that has a field, else at the nearest section', () => {
    const anchors = new Set(['domain', 'domain.certificate', 'domain.certificate.arn']);
    expect(anchorOf(['domain', 'certificate', 'arn'], anchors)).toEqual(['domain', 'certificate', 'arn']);
    expect(anchorOf(['domain', 'certificate', 'names', 3], anchors)).toEqual(['domain', 'certificate']);
    expect(anchorOf(['domain', 'unknownThing'], anchors)).toEqual(['domain']);
    expect(anchorOf(['somethingNew'], anchors)).toEqual(['name']);
  });

  it('places findings beside their fields, keeping each one once', () => {
    const config = buildConfig();
    const placed = placeFindings(
      [finding('AF401', ['defaultBehavior', 'originRequest']), finding('AF505', ['distribution', 'errorCaching', 99], 'warning'), finding('AF103', ['domain', 'certificate', 'arn'])],
      config,
    );
    expect(placed.get('defaultBehavior.originRequest')?.map((p) => p.finding.rule)).toEqual(['AF401']);
    // No row 99: the error-caching list shows it.
    expect(placed.get('distribution.errorCaching')?.map((p) => p.finding.rule)).toEqual(['AF505']);
    // The preset creates its certificate: no ARN field, so the certificate group shows it.
    expect(placed.get('domain.certificate')?.map((p) => p.finding.rule)).toEqual(['AF103']);
    expect([...placed.values()].flat()).toHaveLength(3);
  });
});
