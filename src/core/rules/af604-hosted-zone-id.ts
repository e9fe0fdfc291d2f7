import type { ApifrontConfig } from '../model/schema';
import { isIntrinsic, resolveString, route53Records, templateLocation } from './template-helpers';
import { defineRule } from './types';

const ZONE_ID = /^Z[A-Z0-9]+$/;

/** `/hostedzone/z0123abc ` -> `Z0123ABC` (the forms people copy from the console or the CLI). */
export function normaliseZoneId(value: string): string {
  return value.trim().replace(/^\/?hostedzone\//i, '').toUpperCase();
}

/**
 * Why: a hosted zone ID is `Z` + upper-case letters and digits; a RecordSet needs exactly one of
 * HostedZoneId / HostedZoneName, the name ends with a dot, and in a RecordSetGroup the zone goes on
 * the group only (facts 138, 139).
 * Failing shapes: config `hostedZoneId: 'example.com'`; template `HostedZoneName: example.com`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF604',
    name: 'hosted-zone-id',
    target: 'both',
    step: 'domain',
    title: 'Valid hosted zone reference',
    description:
      'The hosted zone ID must be `Z` followed by upper-case letters and digits; in a template each record set names exactly one of HostedZoneId or HostedZoneName (with a trailing dot), on the group or the record, not both.',
    rationale:
      'CloudFormation rejects a record set with both or neither zone properties, a zone defined on both a RecordSetGroup and its records, or an unknown zone; HostedZoneName without the trailing dot is not found.',
    howToFix: 'Copy the hosted zone ID from the Route 53 console (one click cleans `/hostedzone/` prefixes and case); use one zone property, with a trailing dot for names.',
    facts: [138, 139],
    messages: {
      emptyZoneId: {
        severity: 'error',
        text: () => 'No hosted zone ID yet: copy it from the Route 53 console (Hosted zones, the zone of your domain), or set DNS to "none" to create the record yourself.',
      },
      badZoneId: {
        severity: 'error',
        text: (zone: string) =>
          `"${zone}" is not a Route 53 hosted zone ID (Z followed by upper-case letters and digits, such as Z0123456789ABCDEFGHIJ). Copy it from the Route 53 console.`,
      },
      bothZones: {
        severity: 'error',
        text: (record: string) => `Record set ${record} has both HostedZoneId and HostedZoneName; CloudFormation needs exactly one. Keep HostedZoneId.`,
      },
      noZone: {
        severity: 'error',
        text: (record: string) => `Record set ${record} has neither HostedZoneId nor HostedZoneName; add the hosted zone ID.`,
      },
      zoneOnGroupAndRecord: {
        severity: 'error',
        text: (record: string) =>
          `Record ${record} in a RecordSetGroup sets its own hosted zone although the group sets one; creation fails when both define it. Remove it from the record.`,
      },
      zoneNameNoDot: {
        severity: 'error',
        text: (zone: string) => `HostedZoneName "${zone}" must end with a dot ("${zone}."); otherwise the zone is not found.`,
      },
    },
    examples: {
      bad: "dns: { mode: route53, hostedZoneId: '/hostedzone/z0123456789abc' }",
      good: "dns: { mode: route53, hostedZoneId: 'Z0123456789ABC', zoneName: example.com }",
    },
  },
  check({ config, template }, report) {
    if (config?.domain.dns.mode === 'route53') {
      const zone = config.domain.dns.hostedZoneId;
      if (zone.trim() === '') {
        report({ messageId: 'emptyZoneId', args: [], location: { configPath: ['domain', 'dns', 'hostedZoneId'] } });
      } else if (!ZONE_ID.test(zone)) {
        const fixed = normaliseZoneId(zone);
        report({
          messageId: 'badZoneId',
          args: [zone],
          location: { configPath: ['domain', 'dns', 'hostedZoneId'] },
          ...(ZONE_ID.test(fixed) && fixed !== 'Z2FDTNDATAQYW2'
            ? {
                fix: {
                  label: `Use ${fixed}`,
                  mutate: (c: ApifrontConfig) => {
                    if (c.domain.dns.mode === 'route53') c.domain.dns.hostedZoneId = fixed;
                  },
                },
              }
            : {}),
        });
      }
    }
    if (!template) return;
    const t = template.template;
    for (const ref of route53Records(t)) {
      const name = resolveString(t, ref.record.Name) ?? ref.logicalId;
      const at = (field: string) => templateLocation(template, ref.logicalId, [...ref.path, field]);
      const own = { id: ref.record.HostedZoneId, name: ref.record.HostedZoneName };
      const group = ref.group ? { id: ref.group.HostedZoneId, name: ref.group.HostedZoneName } : undefined;
      const ownCount = Number(own.id !== undefined) + Number(own.name !== undefined);
      const groupCount = group ? Number(group.id !== undefined) + Number(group.name !== undefined) : 0;
      // The group's own zone properties are judged once, with its first record.
      const firstOfGroup = !ref.group || ref.path[1] === 0;
      if (group && groupCount > 0 && ownCount > 0) {
        report({ messageId: 'zoneOnGroupAndRecord', args: [name], location: at(own.id !== undefined ? 'HostedZoneId' : 'HostedZoneName') });
      } else if (ownCount === 2) {
        report({ messageId: 'bothZones', args: [name], location: at('HostedZoneName') });
      } else if (groupCount === 2 && firstOfGroup) {
        report({ messageId: 'bothZones', args: [ref.logicalId], location: templateLocation(template, ref.logicalId, ['HostedZoneName']) });
      } else if (ownCount + groupCount === 0) {
        report({ messageId: 'noZone', args: [name], location: templateLocation(template, ref.logicalId, ref.path) });
      }
      const checks = [{ zone: own, base: ref.path }, ...(group && firstOfGroup ? [{ zone: group, base: [] as readonly (string | number)[] }] : [])];
      for (const { zone, base } of checks) {
        const id = isIntrinsic(zone.id) ? undefined : resolveString(t, zone.id);
        if (id !== undefined && !ZONE_ID.test(id)) {
          report({ messageId: 'badZoneId', args: [id], location: templateLocation(template, ref.logicalId, [...base, 'HostedZoneId']) });
        }
        const zoneName = isIntrinsic(zone.name) ? undefined : resolveString(t, zone.name);
        if (zoneName !== undefined && !zoneName.endsWith('.')) {
          report({ messageId: 'zoneNameNoDot', args: [zoneName], location: templateLocation(template, ref.logicalId, [...base, 'HostedZoneName']) });
        }
      }
    }
  },
});
