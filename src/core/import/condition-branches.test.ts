import { describe, expect, it } from 'vitest';
import type { Finding } from '../rules/types';
import { buildConfig } from '../testing/build-config';
import { assignments, mergeBranchFindings } from './condition-branches';
import { importTemplate, lintTemplate } from './import-template';
import { openInWizard } from './open-in-wizard';

const config = buildConfig();

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
      { conditions: tt, config, findings: [everywhere, finding('AF406', ['defaultBehavior'])] },
      { conditions: ft, config, findings: [everywhere] },
      { conditions: tf, config, findings: [everywhere, finding('AF406', ['defaultBehavior'])] },
      { conditions: ff, config, findings: [everywhere] },
    ]);
    expect(merged.map((f) => f.message)).toEqual(['AF401 message.', 'AF406 message. This holds only when condition IsProd is true (decided at deploy time).']);
  });
  it('lists the branches when no single condition explains them', () => {
    const merged = mergeBranchFindings([
      { conditions: tt, config, findings: [finding('AF501', ['distribution'])] },
      { conditions: ft, config, findings: [] },
      { conditions: tf, config, findings: [] },
      { conditions: ff, config, findings: [] },
    ]);
    expect(merged[0]?.message).toBe('AF501 message. This holds only when conditions IsProd is true and HasWaf is true (decided at deploy time).');
  });
});

describe('templates with conditions that cannot be decided', () => {
  // Env has no Default: IsProd cannot be decided, so both branches are checked.
  const template = (ttl: string, extra = '', behaviors = '') =>
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
      behaviors,
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

  const behavior = (pattern: string, policy: string) =>
    [`        - PathPattern: '${pattern}'`, '          TargetOriginId: api', '          ViewerProtocolPolicy: https-only', `          CachePolicyId: ${policy}`].join('\n');
  const OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
  const DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

  it('a behavior that exists on one branch only does not shift the labels of the ones after it', () => {
    // /a/* only in prod; /b/* in both: /b/*'s findings hold everywhere, /a/*'s only when IsProd is true.
    const behaviors = ['        CacheBehaviors:', `        - !If`, `          - IsProd`, `          - PathPattern: '/a/*'`, '            TargetOriginId: api', '            ViewerProtocolPolicy: https-only', `            CachePolicyId: ${OPTIMIZED}`, '          - !Ref AWS::NoValue', behavior('/b/*', OPTIMIZED)].join('\n');
    const result = lintTemplate(template(DISABLED, '', behaviors));
    if (!result.ok) throw new Error(result.message);
    const about = (pattern: string) => result.findings.filter((f) => f.rule === 'AF415' && f.message.includes(pattern));
    expect(about('/b/*').map((f) => /only when/.test(f.message))).toEqual([false]);
    expect(about('/a/*').map((f) => /only when condition IsProd is true/.test(f.message))).toEqual([true]);
  });

  it('a finding whose values differ by branch shows each value with its branch', () => {
    const text = template(DISABLED).replace('OriginSSLProtocols: [TLSv1.2] }', 'OriginSSLProtocols: [TLSv1.2], OriginReadTimeout: !If [IsProd, 150, 170] }');
    const result = lintTemplate(text);
    if (!result.ok) throw new Error(result.message);
    const timeouts = result.findings.filter((f) => f.rule === 'AF209' && /default quota/.test(f.message)).map((f) => f.message);
    expect(timeouts).toHaveLength(2);
    expect(timeouts.find((m) => m.includes('150'))).toMatch(/only when condition IsProd is true/);
    expect(timeouts.find((m) => m.includes('170'))).toMatch(/only when condition IsProd is false/);
  });

  it('a condition the distribution never reads is not branched on', () => {
    const text = template(DISABLED, '  IsOther: !Equals [!Ref Env, other]') + ['', '  Fn:', '    Type: AWS::Lambda::Function', '    Properties:', '      MemorySize: !If [IsOther, 256, 128]'].join('\n');
    const result = lintTemplate(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.notes.some((n) => /Conditions\./.test(n.message))).toBe(false);
  });

  it('a condition met only inside another branch is checked too', () => {
    const text = template(`!If [IsProd, ${DISABLED}, !If [IsStaging, ${OPTIMIZED}, ${DISABLED}]]`, '  IsStaging: !Equals [!Ref Env, staging]');
    const result = lintTemplate(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.findings.filter((f) => f.rule === 'AF415').map((f) => f.message)).toEqual([expect.stringMatching(/only when conditions IsProd is false and IsStaging is true/)]);
  });

  it('Open in wizard still marks what a condition chooses, instead of opening one branch as fact', () => {
    const text = template(`!If [IsProd, ${OPTIMIZED}, ${DISABLED}]`).replace('OriginPath: /prod', 'OriginPath: !If [IsProd, /prod, /dev]');
    const imported = importTemplate(text);
    if (!imported.ok) throw new Error(imported.message);
    const opened = openInWizard(imported);
    const marked = opened.fromTemplate.map((f) => f.path.join('.'));
    expect(marked).toContain('origins.0.originPath');
  });
});
