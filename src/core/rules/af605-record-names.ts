import {
  asArray,
  cloudFrontAliasTarget,
  distributions,
  isIntrinsic,
  literalAliases,
  resolveString,
  route53Records,
  templateLocation,
} from './template-helpers';
import { defineRule } from './types';

const normalise = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');

/** True when `host` (or the domain below a `*.` wildcard) is the zone's apex or inside it. */
export function inZone(host: string, zone: string): boolean {
  const h = normalise(host).replace(/^\*\./, '');
  const z = normalise(zone);
  return h === z || h.endsWith(`.${z}`);
}

/**
 * Why: an alias record's name must equal one of the distribution's aliases (fact 132), and Route 53
 * can only create records inside the hosted zone's domain.
 * Failing shapes: config alias `api.example.org` with zoneName `example.com`; template record
 * `www.example.com` aliasing a distribution whose Aliases are `[api.example.com]`.
 */
export const rule = defineRule({
  meta: {
    id: 'AF605',
    name: 'record-names',
    target: 'both',
    step: 'domain',
    title: "DNS record names match the distribution's aliases",
    description:
      "Each alias record to the distribution must be named after one of its aliases, and every alias must lie inside the hosted zone's domain (when the zone name is known).",
    rationale:
      'CloudFront only answers for names listed as aliases (other names get 403 from CloudFront), and Route 53 refuses a record whose name is outside the hosted zone.',
    howToFix: 'Make record names and aliases the same, and pick the hosted zone that contains the aliases.',
    facts: [132],
    messages: {
      aliasOutsideZone: {
        severity: 'error',
        text: (alias: string, zone: string) =>
          `Alias "${alias}" is not inside the hosted zone ${zone}: Route 53 cannot create its record there. Use the hosted zone of ${alias}'s domain, or set DNS to "none" for it.`,
      },
      recordNotAlias: {
        severity: 'error',
        text: (record: string, aliases: string) =>
          `Record ${record} points at the distribution, but ${record} is not one of its aliases (${aliases || 'none'}): CloudFront answers 403 for it. Add it to Aliases or rename the record.`,
      },
    },
    examples: {
      bad: "aliases: ['api.example.org'], dns: { mode: route53, zoneName: example.com }",
      good: "aliases: ['api.example.com'], dns: { mode: route53, zoneName: example.com }",
    },
  },
  check({ config, template }, report) {
    const dns = config?.domain.dns;
    if (config && dns?.mode === 'route53' && dns.zoneName.trim() !== '') {
      config.domain.aliases.forEach((alias, i) => {
        // An empty alias is AF101's to report; there is no name to place in a zone yet.
        if (alias.trim() === '' || inZone(alias, dns.zoneName)) return;
        report({ messageId: 'aliasOutsideZone', args: [alias, dns.zoneName], location: { configPath: ['domain', 'aliases', i] } });
      });
    }
    if (!template) return;
    const t = template.template;
    const aliasesOf = new Map(
      distributions(t)
        // Only when every alias is known; otherwise a record may match an unresolved one.
        .filter((d) => asArray(d.config.Aliases).every((a) => !isIntrinsic(a) || resolveString(t, a) !== undefined) && !isIntrinsic(d.config.Aliases))
        .map((d) => [d.logicalId, literalAliases(t, d)]),
    );
    for (const ref of route53Records(t)) {
      const target = cloudFrontAliasTarget(t, ref.record);
      const aliases = target ? aliasesOf.get(target) : undefined;
      const name = resolveString(t, ref.record.Name);
      if (!aliases || name === undefined || aliases.map(normalise).includes(normalise(name))) continue;
      // Compared case-insensitively (DNS), but quoted as written so the user finds them in the file.
      report({ messageId: 'recordNotAlias', args: [name.trim(), aliases.join(', ')], location: templateLocation(template, ref.logicalId, [...ref.path, 'Name']) });
    }
  },
});
