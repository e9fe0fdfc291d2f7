/**
 * Links carrying the fields added for issue 13 (pricing plan, origin mTLS, completion timeout, streaming,
 * routing rules, endpoint access mode, IP address types). They are optional fields without defaults, so
 * format version 1 and its frozen defaults are unchanged: old links open as before, new ones carry them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configFrom } from '../model/parse';
import { decodeFragment, encodeConfig } from './share-codec';

const config = configFrom(JSON.parse(readFileSync(new URL('../../../fixtures/configs/todays-aws.json', import.meta.url), 'utf8')));

/** FROZEN: a version-1 link with the new fields, written on 2026-12-01. It must keep opening to the fixture. */
const FIXTURE_2025_FIELDS = 'c=1.N4IgdghgtgpiBcIA2MAmBzGAnEAaEqA9lBAJZgKgRKkQDOMdCA2smplgHQwAe0ADik4BjYiAC6-YdgAupAGalhEGXHigohVGpC9SdOWHR4QELBURmw8CAHc6N4VHgBXOgFoY9Ge4CM8XwAmAGYAFgBWADYAdgAOAE4ABiD4aSw5RWVVAHpwmEj5aIhYgCN3ADdSGFtsE0hYJnhWFAxsbj4oQRgRMXEAX3woclIoFygABSxCGUJRJAA1bDpSQgsQABUAGQBlct9OQIB9QMTA8JNUMEaNLR0pl1Vw4JMAC0IDNAAtVZgASVQECBPskQhEYgkAIIAIQAwgARACiADEAOIACV-ACkTAAvH4AOWgOl4AiEoigID6AxAhCwpHQ5EazFApABln4pBMEA5lBAAGtyGyQFhGDITKzAUhfDBAqhguhQjBzvgRQzVoCYC53NIwDIsNQ_CYDBBMID-FMAfheDBhA8YBCOQiwKh-IRyDI4foICUWgg9S4YFI3DMoHDiGQLKB6jpuaR3LT6eR2qTuuSTKqVpAkGGSORCbBAah3EhghhglhEpXEu0bXb3LHuFqdXqDftoBA8ZB7D0KfgSvQYOMVC9ASYYM7Xe7ARnVtQTAmGWA0e8xYho-nCA9yOgALK3QEAJQA8gBVda_fEow4Hk-bBGHdZohH4w4Q8a_Q47t_vy8brdGA8XBQJlQHNFY6RkABPBBfESfAXi8bQsBA8AiUBHhi3YbAKiWTMTHKagAxRJBCBKQFykCSlJBAGQzEwVcqA5f5ATAQIYGCWxQggcJ-EiI1aNNRBzS0Sk-mo8cXTdXUIWEaQ6DoPdtEBbZ1gPX4YXWcV-AhVBUBFeT1kg_gdFQFxqGNYQ-UpfBSG03T9LoQzjMLMykAsqyVUYV0rhgbY9S8IYjD9LAA2pEUIFQdYRhgTdVyCODkFmPkiFsNYoBkNyTGEGhxxkGFZAUJQVHtcxASsGx7EcZw3E8bw_ACUEojiJIUjSDIipyeJihKaJhEiIthHkbUct1LSdL0xhHKMkzXPcqj8FQfQ9VIEot3VdQQDA4Rt3GJAIDWVbljASbRKAA';

describe('share links with the 2025-26 fields', () => {
  it('the frozen link opens to fixtures/configs/todays-aws.json', () => {
    expect(decodeFragment(FIXTURE_2025_FIELDS)).toEqual({ ok: true, config });
  });

  it('keeps every new field through a round trip', () => {
    const result = decodeFragment(encodeConfig(config));
    if (!result.ok) throw new Error(result.error.message);
    const [origin] = result.config.origins;
    expect(result.config.distribution.pricingPlan).toBe('business');
    expect(origin).toMatchObject({ lockdown: 'mtls', ipAddressType: 'dualstack', clientCertificateArn: expect.stringContaining(':acm:us-east-1:') });
    expect(origin?.type === 'apigateway' && origin.api.customDomain).toMatchObject({ routingMode: 'ROUTING_RULE_THEN_API_MAPPING', endpointAccessMode: 'STRICT' });
  });

  it('a config without them parses with none of them set (old behaviour)', () => {
    const old = configFrom({ version: 1, origins: [{ id: 'api', type: 'apigateway', api: { kind: 'rest', id: 'a1b2c3d4e5', region: 'eu-west-1', stage: 'prod' } }], defaultBehavior: { originId: 'api' } });
    const [origin] = old.origins;
    expect(old.distribution.pricingPlan).toBeUndefined();
    expect(origin && 'responseCompletionTimeout' in origin).toBe(false);
    expect(origin && 'ipAddressType' in origin).toBe(false);
    expect(origin?.type === 'apigateway' && 'responseStreaming' in origin.api).toBe(false);
  });
});
