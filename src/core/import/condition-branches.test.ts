import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/types';
import { assignments, mergeBranchFindings } from './condition-branches';
import { lintTemplate } from './import-template';

const finding = (rule: string, path: string[], message = `${rule} message.`): Finding => ({
  rule,
  messageId: 'm',
  severity: 'error',
  message,
  location: { kind: 'config', configPath: path },
});

describe('assignments', () => {
  it('lists every combination once, all-true first', () => {
    const all = assignments(['A', 'B']).map((a) => [...a.values()].join(','));
    expect(all).toEqual(['true,true', 'false,true', 'true,false', 'false,false']);
    expect(assignments([])).toHaveLength(1);
  });
});

describe('mergeBranchFindings', () => {
  const [tt, ft, tf, ff] = assignments(['IsProd', 'HasWaf']) as [Map<string, boolean>, Map<string, boolean>, Map<string, boolean>, Map<string, boolean>];
  it('keeps a finding of every branch as it is, and names the condition for one of some branches', () => {
    const everywhere = finding('AF401', ['origins', '0']);
    const merged = mergeBranchFindings([
      { conditions: tt, findings: [everywhere, finding('AF406', ['defaultBehavior'])] },
      { conditions: ft, findings: [everywhere] },
      { conditions: tf, findings: [everywhere, finding('AF406', ['defaultBehavior'])] },
      { conditions: ff, findings: [everywhere] },
    ]);
    expect(merged.map((f) => f.message)).toEqual(['AF401 message.', 'AF406 message. This holds only when condition IsProd is true (decided at deploy time).']);
  });
  it('lists the branches when no single condition explains them', () => {
    const merged = mergeBranchFindings([
      { conditions: tt, findings: [finding('AF501', ['distribution'])] },
      { conditions: ft, findings: [] },
      { conditions: tf, findings: [] },
      { conditions: ff, findings: [] },
    ]);
    expect(merged[0]?.message).toBe('AF501 message. This holds only when conditions IsProd is true and HasWaf is true (decided at deploy time).');
  });
});

describe('templates with conditions that cannot be decided', () => {
  // Env has no Default: IsProd cannot be decided, so both branches are checked.
  const template = (ttl: string, extra = '') =>
    [
      'Parameters:',
      '  Env: { Type: String }',
      'Conditions:',
      '  IsProd: !Equals [!Ref Env, prod]',
      extra,
      'Resources:',
      '  Dist:',
      '    Type: AWS::CloudFront::Distribution',
      '    Properties:',
      '      DistributionConfig:',
      '        Enabled: true',
      '        Origins:',
      '        - Id: api',
      '          DomainName: a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
      '          OriginPath: /prod',
      '          CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }',
      '        DefaultCacheBehavior:',
      '          TargetOriginId: api',
      '          ViewerProtocolPolicy: redirect-to-https',
      '          AllowedMethods: [DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT]',
      `          CachePolicyId: ${ttl}`,
      '          OriginRequestPolicyId: b689b0a8-53d0-40ab-baf2-68738e2966ac',
    ].join('\n');

  it('a cached API on one branch only says when', () => {
    // CachingOptimized in prod, CachingDisabled otherwise.
    const result = lintTemplate(template('!If [IsProd, 658327ea-f89d-4fab-a63d-7e88639e58f6, 4135ea2d-6df8-44a3-9df3-4b5a84be39ad]'));
    if (!result.ok) throw new Error(result.message);
    const cached = result.findings.filter((f) => /only when condition IsProd is true/.test(f.message));
    expect(cached.length).toBeGreaterThan(0);
    expect(result.findings.some((f) => /IsProd is false/.test(f.message))).toBe(false);
    expect(result.notes.some((n) => /Conditions\.IsProd: cannot be decided before deploying; the config rules checked 2 branches/.test(n.message))).toBe(true);
    expect(result.notes.find((n) => n.message.startsWith('Conditions.IsProd'))?.line).toBe(4);
    // Compared with the same template without the condition: the prod branch's findings, no more.
    const prod = lintTemplate(template('658327ea-f89d-4fab-a63d-7e88639e58f6'));
    if (!prod.ok) throw new Error(prod.message);
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(prod.findings.map((f) => f.rule)));
  });

  it('a decided condition is simply evaluated: no branches, no notes', () => {
    const decided = template('!If [IsProd, 658327ea-f89d-4fab-a63d-7e88639e58f6, 4135ea2d-6df8-44a3-9df3-4b5a84be39ad]').replace('Env: { Type: String }', 'Env: { Type: String, Default: dev }');
    const result = lintTemplate(decided);
    if (!result.ok) throw new Error(result.message);
    expect(result.findings.some((f) => /only when/.test(f.message))).toBe(false);
    expect(result.notes.some((n) => /Conditions\.IsProd/.test(n.message))).toBe(false);
    expect(result.findings.some((f) => f.rule === 'AF406' || f.rule === 'AF407')).toBe(false);
  });
});
