#!/usr/bin/env node
/**
 * Recall and false alarms of `lint` on fixtures/corpus (expected findings written by hand in
 * corpus.json). Usage: node scripts/corpus-measure.mjs [path/to/cli.mjs] (default build/cli.mjs).
 * A finding counts as found when its rule is expected; an error or warning whose rule is neither
 * expected nor judged "correct" in corpus.json (`judged`, verdicts given after a run) is a false
 * alarm; an exit code 2 is an abort.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = pathToFileURL(process.argv[2] ?? `${root}build/cli.mjs`).href;
const corpus = JSON.parse(readFileSync(`${root}fixtures/corpus/corpus.json`, 'utf8'));
const runner = `const { main } = await import(${JSON.stringify(bundle)}); process.exitCode = await main(process.argv.slice(1));`;

let expectedTotal = 0;
let found = 0;
let falseAlarms = 0;
let extraCorrect = 0;
let aborts = 0;
for (const [file, entry] of Object.entries(corpus.files)) {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', runner, 'lint', `${root}fixtures/corpus/${file}`, '--format', 'json'], { encoding: 'utf8' });
  const expected = new Set(entry.expected.map((e) => e.rule));
  expectedTotal += expected.size;
  if (run.status === 2) {
    aborts += 1;
    console.log(`${file}: ABORT (exit 2) ${run.stderr.trim().split('\n')[0]}`);
    continue;
  }
  let output;
  try {
    output = JSON.parse(run.stdout || '[]');
  } catch {
    console.log(`${file}: unreadable output`);
    continue;
  }
  // Older CLIs print only findings; newer ones add import notes with kind "note".
  const findings = output.filter((f) => f.kind !== 'note');
  const notes = output.filter((f) => f.kind === 'note').map((n) => n.message);
  const missingNotes = (entry.notes ?? []).filter((n) => !notes.some((m) => m.includes(n)));
  if (missingNotes.length) console.log(`${file}: missing note(s): ${missingNotes.join('; ')}`);
  const rules = new Set(findings.map((f) => f.rule));
  const hits = [...expected].filter((r) => rules.has(r));
  const misses = [...expected].filter((r) => !rules.has(r));
  const correct = new Set((entry.judged ?? []).filter((j) => j.verdict === 'correct').map((j) => j.rule));
  const extra = findings.filter((f) => f.severity !== 'info' && !expected.has(f.rule));
  const alarms = extra.filter((f) => !correct.has(f.rule));
  found += hits.length;
  falseAlarms += alarms.length;
  extraCorrect += extra.length - alarms.length;
  console.log(`${file}: exit ${run.status}; found ${hits.length}/${expected.size}${misses.length ? ` (missed ${misses.join(' ')})` : ''}; extra correct ${extra.length - alarms.length}; false alarms ${alarms.length}${alarms.length ? ` (${alarms.map((a) => `${a.rule} ${a.severity}`).join(', ')})` : ''}`);
}
console.log(`\nfiles ${Object.keys(corpus.files).length}, aborts ${aborts}, recall ${found}/${expectedTotal} (${((100 * found) / Math.max(1, expectedTotal)).toFixed(0)}%), extra correct findings ${extraCorrect}, false alarms ${falseAlarms}`);
