import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../src/lib/schema';
import { buildDataset, DatasetError, serializeDataset } from '../scripts/survey/build-dataset';
import { dataset as committed, sourceText } from './survey-fixtures';

// The survey is an HTML export: markup in it is data. Whatever tag-looking text a cell holds must
// reach data/practices.json as literal characters, for the UI to print as text (see the browser
// test tests/browser/payloads.test.ts for the other half).

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'] as const;

function replaced(source: string, from: string, to: string): string {
  expect(source).toContain(from);
  return source.replace(from, to);
}

describe('HTML and script payloads in the survey', () => {
  // One payload per practice, in both columns and in two territories, inside the sentence so that
  // the cell is still cut into the same practices.
  const targets = [
    { id: 'ca-grand-angouleme-rh-1', from: '- Rencontres tous les 2-3 mois', to: (p: string) => `- Rencontres ${p} tous les 2-3 mois` },
    { id: 'ca-grand-angouleme-moyens-1', from: '- Le SIG de la CA est accessible', to: (p: string) => `- Le SIG ${p} de la CA est accessible` },
    { id: 'pays-charente-limousine-rh-1', from: '- La secrétaire du pays est chargée', to: (p: string) => `- La secrétaire ${p} du pays est chargée` },
  ];
  let source = sourceText;
  targets.forEach((t, i) => (source = replaced(source, t.from, t.to(PAYLOADS[i]))));
  const built = buildDataset(source);
  const practice = (id: string) => built.territories.flatMap((t) => t.practices).find((p) => p.id === id)!;
  const original = (id: string) => committed.territories.flatMap((t) => t.practices).find((p) => p.id === id)!;

  it('keeps a payload in a practice cell as literal text, in the display text and the raw text', () => {
    targets.forEach((t, i) => {
      const p = practice(t.id);
      expect(p.text).toContain(PAYLOADS[i]);
      expect(p.rawText).toContain(PAYLOADS[i]);
      // The payload rides along inertly: same practice, same classification.
      expect(p.text.replace(` ${PAYLOADS[i]}`, '')).toBe(original(t.id).text);
      expect(p.themes).toEqual(original(t.id).themes);
    });
  });

  it('writes the payloads to the dataset file as plain JSON strings that validate', () => {
    const reread = JSON.parse(serializeDataset(built));
    expect(v.safeParse(DatasetSchema, reread).success).toBe(true);
    targets.forEach((t, i) => {
      const p = reread.territories.flatMap((x: { practices: { id: string; text: string }[] }) => x.practices).find((x: { id: string }) => x.id === t.id);
      expect(p.text).toContain(PAYLOADS[i]);
    });
  });

  it('decodes entities to characters, never to markup for the UI to interpret', () => {
    const p = buildDataset(replaced(sourceText, '- Rencontres tous', '- Rencontres &lt;script&gt;alert(1)&lt;/script&gt; tous'))
      .territories[0].practices[0];
    expect(p.text).toContain('<script>alert(1)</script>');
    expect(p.rawText).toContain('&lt;script&gt;');
  });

  it('refuses a territory name cell carrying a payload, quoting it literally', () => {
    for (const payload of PAYLOADS) {
      const hostile = replaced(sourceText, 'Pays Mellois 5 CC', `Pays Mellois ${payload} 5 CC`);
      let error: unknown;
      try {
        buildDataset(hostile);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DatasetError);
      // Names are matched against the reviewed list of the 33 territories: nothing else gets in.
      expect((error as DatasetError).problems).toContainEqual(expect.stringContaining(`territoire inconnu « Pays Mellois ${payload} »`));
    }
  });
});
