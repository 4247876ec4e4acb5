import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No path around the channel gate for letters: the source is read, and the only code that writes
 * a `partner_letter` row or renders a letter must hold the gate's proof (an `OpenChannel`, which
 * only `openChannel` makes) — so a letter can never reach an address not confirmed safe.
 */
const srcRoot = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['web', 'testing', 'migrations'].includes(entry.name) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sourceFiles(srcRoot).map((path) => ({ path: relative(srcRoot, path), text: readFileSync(path, 'utf8') }));
const writesLetter = /insertInto\(\s*['"]partner_letter['"]|insert\s+into\s+partner_letter|updateTable\(\s*['"]partner_letter['"]/i;

/** The body of a function declared in `text`, by name (up to the next top-level declaration). */
function functionBody(text: string, name: string): string {
  const start = text.search(new RegExp(`(async\\s+)?function\\s+${name}\\b`));
  expect(start, `function ${name}`).toBeGreaterThanOrEqual(0);
  const next = text.slice(start + 1).search(/\n(export\s+)?(async\s+)?function\s|\n\/\*\*/);
  return next < 0 ? text.slice(start) : text.slice(start, start + 1 + next);
}

describe('letters and the channel gate', () => {
  it('has exactly one writer of partner_letter, and it takes the OpenChannel the gate made', () => {
    const writers = files.filter((file) => writesLetter.test(file.text)).map((file) => file.path);
    expect(writers).toEqual(['core/partner-contact/letters.ts']);
    const letters = files.find((file) => file.path === 'core/partner-contact/letters.ts')!.text;
    const inserts = [...letters.matchAll(/insertInto\('partner_letter'\)/g)];
    expect(inserts).toHaveLength(1);
    const insertLetter = functionBody(letters, 'insertLetter');
    expect(insertLetter).toContain("insertInto('partner_letter')");
    expect(insertLetter).toMatch(/channel: OpenChannel/);
    expect(insertLetter).toContain("channel.action !== 'letter'");
    expect(insertLetter).toContain('preference_id: channel.preferenceId');
    // Its one caller opened the letter channel first, in the same transaction.
    const callers = [...letters.matchAll(/await insertLetter\(/g)];
    expect(callers).toHaveLength(1);
    const sendLetter = functionBody(letters, 'sendLetter');
    expect(sendLetter.indexOf("openChannel(ctx, trx, { partnerId, action: 'letter'")).toBeGreaterThan(0);
    expect(sendLetter.indexOf("openChannel(ctx, trx, { partnerId, action: 'letter'")).toBeLessThan(sendLetter.indexOf('await insertLetter(trx, channel'));
  });

  it('renders a letter only from an open letter channel, and only the gated PDF use case renders one', () => {
    const renderers = files.filter((file) => /renderLetter\(/.test(file.text)).map((file) => file.path).sort();
    expect(renderers).toEqual(['core/partner-contact/letter-pdf.ts', 'core/partner-contact/letters.ts']);
    const pdf = files.find((file) => file.path === 'core/partner-contact/letter-pdf.ts')!.text;
    const render = functionBody(pdf, 'renderLetter');
    expect(render).toMatch(/renderLetter\(channel: OpenChannel/);
    expect(render).toContain("channel.action !== 'letter'");
    // The address printed is the gate's value, never a column read elsewhere.
    expect(render).toContain('channel.value');
    expect(pdf).not.toMatch(/selectFrom|value_encrypted|address_encrypted/);
    const letters = files.find((file) => file.path === 'core/partner-contact/letters.ts')!.text;
    const getPdf = functionBody(letters, 'getLetterPdf');
    const opened = getPdf.indexOf("openChannel(ctx, trx, { partnerId, action: 'letter', preferenceId: letter.preference_id");
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBeLessThan(getPdf.indexOf('renderLetter(channel'));
  });

  it('lets only the gate decrypt a contact detail in the partner-contact module', () => {
    for (const file of files.filter((f) => f.path.startsWith('core/partner-contact/'))) {
      expect(file.text, file.path).not.toMatch(/fieldContext\('contact_preference'/);
    }
  });
});
