import { crc32 as nodeCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCdk } from '../render/cdk/cdk';
import { presetConfig } from '../model/presets';
import { crc32, zipFiles } from './zip';

/** A small reader for the test: end record -> central directory -> local headers, checking what it reads. */
function readZip(bytes: Uint8Array): { name: string; content: string }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: { name: string; content: string }[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    expect(view.getUint16(local + 8, true)).toBe(0); // stored
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(dataStart, dataStart + size);
    expect(nodeCrc32(data)).toBe(crc);
    out.push({ name, content: new TextDecoder().decode(data) });
    at += 46 + nameLength;
  }
  return out;
}

describe('zipFiles', () => {
  it('crc32 matches zlib for any bytes', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    console.log(`crc32 property test: seed ${seed}`);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(crc32(bytes)).toBe(nodeCrc32(bytes));
      }),
      { seed, numRuns: 200 },
    );
  });

  it('an archive read back from its central directory gives every file, CRC and size checked with zlib', () => {
    const files = renderCdk(presetConfig('api-only-rest'));
    const bytes = zipFiles(files.map((f) => ({ name: `orders-api/${f.fileName}`, content: f.content })));
    expect(readZip(bytes)).toEqual(files.map((f) => ({ name: `orders-api/${f.fileName}`, content: f.content })));
  });

  it('is deterministic, and keeps non-ASCII names and contents', () => {
    const entries = [{ name: 'dossier/é.txt', content: 'ünïcode ✓\n' }];
    expect(zipFiles(entries)).toEqual(zipFiles(entries));
    const bytes = zipFiles(entries);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('dossier/é.txt');
    expect(text).toContain('ünïcode ✓');
  });
});
