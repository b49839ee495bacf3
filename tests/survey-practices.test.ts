import { describe, expect, it } from 'vitest';
import { dataset, practiceWith, practices, sourceText } from './survey-fixtures';

/**
 * Practices per territory and column, counted by reading the survey by hand: one « - » bullet or
 * one <p> paragraph per practice; in the six prose cells, one sentence or « Thème : … » clause,
 * an « Ex : » and a sentence that only continues the previous one (its funding, its equipment)
 * staying with it. Marennes Oléron RH: the meetings, the economic convention, the staff management
 * convention with its funding. Pays Rochefortais moyens: the EPN (with their posts and the Archipel
 * association), the shared postage and photocopiers. Vals de Saintonge RH: the meetings (ex: fusion),
 * the thematic chargés de mission (ex: habitat), urbanisme, patrimoine, the maison de l'emploi.
 * [id, RH, moyens]
 */
const COUNTS: [string, number, number][] = [
  ['ca-grand-angouleme', 3, 2],
  ['pays-charente-limousine', 1, 2],
  ['pays-entre-touvre-et-charente', 1, 1],
  ['pays-horte-et-tardoire', 1, 2],
  ['pays-ouest-charente-cognac', 2, 2],
  ['pays-ruffecois', 1, 0],
  ['pays-sud-charente', 4, 3],
  ['ca-pays-rochefortais', 4, 2],
  ['ca-la-rochelle', 3, 2],
  ['ca-pays-royannais', 0, 0],
  ['pays-aunis', 3, 3],
  ['pays-haute-saintonge', 2, 3],
  ['pays-ile-de-re', 0, 0],
  ['pays-marennes-oleron', 3, 1],
  ['pays-rochefortais', 1, 2],
  ['pays-saintonge-romane', 2, 1],
  ['pays-vals-de-saintonge', 5, 1],
  ['ca-niort', 3, 2],
  ['pays-bocage-bressuirais', 1, 0],
  ['pays-gatine', 2, 0],
  ['pays-haut-val-de-sevre', 1, 1],
  ['pays-mellois', 4, 3],
  ['pays-thouarsais', 5, 4],
  ['ca-poitiers', 3, 2],
  ['ca-pays-chatelleraudais', 3, 1],
  ['pays-chauvinois', 2, 1],
  ['pays-civraisien', 5, 4],
  ['pays-haut-poitou-et-clain', 2, 0],
  ['pays-loudunais', 0, 2],
  ['pays-montmorillonnais', 3, 3],
  ['pays-six-vallees', 3, 0],
  ['pays-vals-de-gartempe-et-creuse', 1, 2],
  ['pays-vienne-et-mouliere', 1, 1],
];

describe('practices per territory', () => {
  it.each(COUNTS)('%s: %i RH, %i moyens', (id, rh, moyens) => {
    const t = dataset.territories.find((x) => x.id === id)!;
    expect(t.practices.filter((p) => p.column === 'rh')).toHaveLength(rh);
    expect(t.practices.filter((p) => p.column === 'moyens')).toHaveLength(moyens);
  });

  it('adds up to 128', () => {
    expect(practices).toHaveLength(COUNTS.reduce((n, [, rh, m]) => n + rh + m, 0));
    expect(practices).toHaveLength(128);
  });

  it('numbers practices per column, in survey order', () => {
    for (const t of dataset.territories) {
      for (const column of ['rh', 'moyens'] as const) {
        const ids = t.practices.filter((p) => p.column === column).map((p) => p.id);
        expect(ids).toEqual(ids.map((_, i) => `${t.id}-${column}-${i + 1}`));
      }
    }
  });
});

describe('survey status', () => {
  const byId = (id: string) => dataset.territories.find((t) => t.id === id)!;

  it('Ile de Ré gave no information, and has no practice', () => {
    expect(byId('pays-ile-de-re').surveyStatus).toBe('no-information');
    expect(byId('pays-ile-de-re').practices).toEqual([]);
  });

  it('the CA du Pays Royannais has no specific practice', () => {
    expect(byId('ca-pays-royannais').surveyStatus).toBe('no-practice');
    expect(byId('ca-pays-royannais').practices).toEqual([]);
  });

  it('every other territory is « ok »', () => {
    const others = dataset.territories.filter((t) => !['pays-ile-de-re', 'ca-pays-royannais'].includes(t.id));
    expect(others.every((t) => t.surveyStatus === 'ok' && t.practices.length > 0)).toBe(true);
  });
});

describe('practice text', () => {
  it('keeps each raw fragment verbatim from the source', () => {
    for (const p of practices) expect(sourceText, p.id).toContain(p.rawText);
  });

  it('reads as clean French sentences', () => {
    for (const p of practices) {
      expect(p.text, p.id).toBe(p.text.trim());
      expect(p.text, p.id).toMatch(/^[\p{Lu}\d«]/u);
      expect(p.text, p.id).not.toMatch(/^[-•]\s/);
      expect(p.text, p.id).not.toMatch(/<\/?(ul|ol|li|p|br|sup)\b/i);
      expect(p.text, p.id).not.toMatch(/\^\{|&[a-z]+;|\s{2}|\s[.,]/);
    }
  });

  it('fixes the export typos in the text and keeps them in rawText', () => {
    const locaux = practiceWith('Une convention de mise à disposition de locaux');
    expect(locaux.rawText).toContain('loCAux');
    const encadre = practiceWith('un chargé de mission du pays encadre le chantier');
    expect(encadre.rawText).toContain('enCADre');
    const vingtaine = practiceWith("Animation du réseau d'une vingtaine de bibliothèques municipales");
    expect(vingtaine.rawText).toContain('des 20^{aines} bibliothèques');
    const dizaine = practiceWith("une gestion autonome d'une dizaine de pages");
    expect(dizaine.rawText).toContain('10^{aine}');
    const premier = practiceWith('1er/01/2009 : un programme spécifique RASED');
    expect(premier.rawText.startsWith('1^{er}/01/2009')).toBe(true);
    expect(practiceWith('Une mise à disposition des chargés de mission du pays').rawText).toContain('mise disposition');
    expect(practiceWith('réunis par les associations').rawText).toContain('réunis pas les');
  });

  it('cuts prose cells into sentences and « Thème : » clauses', () => {
    const hs = dataset.territories.find((t) => t.id === 'pays-haute-saintonge')!;
    expect(hs.practices.map((p) => p.text.split(' ')[0])).toEqual([
      'Mutualisation',
      'Développement',
      'Ordures',
      'SIG',
      'Communication',
    ]);
    expect(practiceWith('SIG : chargé de mission, logiciel').text).toMatch(/Equipement dans chaque commune\.$/);
    expect(practiceWith('Des réunions périodiques des directions des CC').text).toBe(
      'Des réunions périodiques des directions des CC et du pays (tous les 1-2 mois)',
    );
    expect(practiceWith('Ex : Projet de fusion entre 5 CC.').text.startsWith('Réunions périodiques')).toBe(true);
  });
});
