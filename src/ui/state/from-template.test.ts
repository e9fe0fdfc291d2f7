import { describe, expect, it } from 'vitest';
import { buildConfig, makeBehavior } from '../../core/testing/build-config';
import { markAt, reconcileFromTemplate, setFromTemplate, settleFromTemplate } from './from-template';

function opened() {
  const config = buildConfig((c) => {
    c.behaviors = [makeBehavior('/a/*'), makeBehavior('/b/*')];
    c.origins.push({ id: 'legacy', type: 'custom', domainName: '', originPath: '', protocol: 'https-only', readTimeout: 30, keepAliveTimeout: 5, connectionAttempts: 3, connectionTimeout: 10, customHeaders: [] });
  });
  setFromTemplate(
    [
      { path: ['origins', 1, 'domainName'], action: 'fill', line: 12 },
      { path: ['behaviors', 1, 'originId'], action: 'check' },
      { path: ['domain', 'aliases', 0], action: 'fill' },
    ],
    config,
  );
  return config;
}

describe('marks of an opened template', () => {
  it('follow their behavior when the list is reordered, and go with an origin that is removed', () => {
    const config = opened();
    const reordered = structuredClone(config);
    reordered.behaviors.reverse();
    reconcileFromTemplate(reordered);
    expect(markAt(['behaviors', 0, 'originId'])).toMatchObject({ action: 'check' });
    expect(markAt(['behaviors', 1, 'originId'])).toBeUndefined();
    const removed = structuredClone(reordered);
    removed.origins.pop();
    reconcileFromTemplate(removed);
    expect(markAt(['origins', 1, 'domainName'])).toBeUndefined();
  });

  it('go when the value is decided by other means (a one-click fix), stay while it is not', () => {
    const config = opened();
    reconcileFromTemplate(structuredClone(config));
    expect(markAt(['origins', 1, 'domainName'])).toMatchObject({ action: 'fill', line: 12 });
    const fixed = structuredClone(config);
    const legacy = fixed.origins[1];
    if (legacy?.type === 'custom') legacy.domainName = 'legacy.example.com';
    reconcileFromTemplate(fixed);
    expect(markAt(['origins', 1, 'domainName'])).toBeUndefined();
  });

  it('go one by one when settled, and all at once when another config replaces this one', () => {
    opened();
    settleFromTemplate(['domain', 'aliases', 0]);
    expect(markAt(['domain', 'aliases', 0])).toBeUndefined();
    expect(markAt(['behaviors', 1, 'originId'])).toBeDefined();
    setFromTemplate([]);
    expect(markAt(['behaviors', 1, 'originId'])).toBeUndefined();
  });
});
