import { it } from 'vitest';
import * as lzNamespace from 'lz-string';
import { presetConfig } from '../model/presets';
import { configFrom } from '../model/parse';
import { encodeBase64Url } from './base64url';
import { decodeFragment, encodeConfig, shareLink, MAX_LINK_CHARS } from './share-codec';
type Lz = typeof lzNamespace;
const lz: Lz = (lzNamespace as unknown as { default?: Lz }).default ?? lzNamespace;
const time = (label: string, f: () => unknown, n = 20) => { f(); const t = performance.now(); for (let i = 0; i < n; i++) f(); console.log(label, ((performance.now() - t) / n).toFixed(3), 'ms'); };
it('measure', () => {
  for (const id of ['api-only-rest', 'api-only-http'] as const) {
    const c = presetConfig(id);
    console.log(id, 'fragment', encodeConfig(c).length, 'link(localhost:5173)', shareLink(c, 'http://localhost:5173/').link.length, 'link(https://apifront.example/)', shareLink(c, 'https://apifront.example/').link.length);
  }
  const origins = Array.from({ length: 25 }, (_, i) => ({ id: `svc${i}`, type: 'apigateway', api: { kind: i % 2 ? 'rest' : 'http', id: `a${String(i).padStart(9, '0')}`, region: 'eu-west-1', stage: i % 2 ? 'prod' : '$default' } }));
  const behaviors = Array.from({ length: 75 }, (_, i) => ({ pathPattern: `/svc${i % 25}/v${i}/*`, originId: `svc${i % 25}`, methods: i % 3 ? 'all' : 'get-head', cache: i % 4 ? { policy: 'CachingDisabled' } : { policy: 'CachingOptimized' } }));
  const big = configFrom({ version: 1, name: 'large', origins, defaultBehavior: { originId: 'svc0' }, behaviors });
  const bigFrag = encodeConfig(big);
  console.log('75 behaviors / 25 origins fragment', bigFrag.length, 'full JSON', JSON.stringify(big).length);
  time('decode REST preset', () => decodeFragment(encodeConfig(presetConfig('api-only-rest'))));
  time('encode 75-behavior', () => encodeConfig(big));
  time('decode 75-behavior', () => decodeFragment(bigFrag));
  const huge = `c=1.${'A'.repeat(200_000)}`;
  time('decode 200 KB', () => decodeFragment(huge), 1000);
  // Worst case under the cap: a run of one character compresses quadratically well.
  let n = 1_000_000; let frag = '';
  for (;;) { const f = `c=1.${encodeBase64Url(lz.compressToUint8Array('a'.repeat(n)))}`; if (f.length > MAX_LINK_CHARS) break; frag = f; n = Math.round(n * 1.5); }
  console.log('bomb fragment', frag.length, 'chars');
  time('decode worst-case bomb at the cap', () => decodeFragment(frag), 3);
  console.log(decodeFragment(frag));
});
