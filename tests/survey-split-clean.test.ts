import { describe, expect, it } from 'vitest';
import { cleanText } from '../scripts/survey/clean-text';
import { splitCell } from '../scripts/survey/split-cell';

describe('splitCell', () => {
  it('gives nothing for an empty cell', () => {
    expect(splitCell('')).toEqual([]);
    expect(splitCell('   ')).toEqual([]);
    expect(splitCell('<ul style="list-style-type: none"> ')).toEqual([]);
  });

  it('makes one fragment per « - » bullet of a <ul> cell, keeping dashes inside words', () => {
    const cell = '<ul style="list-style-type: none"> - Rencontres tous les 2-3 mois. - Le pré-accueil : élus. ';
    expect(splitCell(cell)).toEqual(['Rencontres tous les 2-3 mois.', 'Le pré-accueil : élus.']);
  });

  it('does not split on a dash followed by a lower-case word', () => {
    expect(splitCell('- Entre pays - ville et CC. - Un second point')).toEqual([
      'Entre pays - ville et CC.',
      'Un second point',
    ]);
  });

  it('splits bare bullets without HTML', () => {
    expect(splitCell('- Un. - Deux.')).toEqual(['Un.', 'Deux.']);
  });

  it('makes one fragment per <p> paragraph, several sentences staying together', () => {
    expect(splitCell('<p>Un. Deux.</p> <p>Trois.</p>')).toEqual(['Un. Deux.', 'Trois.']);
  });

  it('makes one fragment per <li>', () => {
    expect(splitCell('<ul><li>Un.</li><li>Deux.</li></ul>')).toEqual(['Un.', 'Deux.']);
  });

  it('cuts prose into sentences, also after a parenthesis that lost its full stop', () => {
    expect(splitCell('Des réunions (tous les 1-2 mois) Une convention. SIG : un logiciel.')).toEqual([
      'Des réunions (tous les 1-2 mois)',
      'Une convention.',
      'SIG : un logiciel.',
    ]);
  });

  it('does not cut prose at an ellipsis followed by lower case, nor after « ex. »', () => {
    expect(splitCell('Installation (ZAC, bâtiment...)... au niveau du pays. Fin.')).toEqual([
      'Installation (ZAC, bâtiment...)... au niveau du pays.',
      'Fin.',
    ]);
    expect(splitCell('Des thèmes, ex. Habitat et voirie. Fin.')).toEqual(['Des thèmes, ex. Habitat et voirie.', 'Fin.']);
  });

  it('keeps an « Ex : » sentence with the one it illustrates', () => {
    expect(splitCell('Réunions selon les projets. Ex : Projet de fusion. Autre chose.')).toEqual([
      'Réunions selon les projets. Ex : Projet de fusion.',
      'Autre chose.',
    ]);
  });

  it('glues a sentence the caller says continues the previous one', () => {
    const continues = (s: string) => s.startsWith('Financement');
    expect(splitCell('Une convention. Financement par le pays. Autre.', { continues })).toEqual([
      'Une convention. Financement par le pays.',
      'Autre.',
    ]);
  });

  it('returns verbatim substrings of the cell', () => {
    const cell = '<p>Le  SIG^{er} &amp; loCAux.</p>\t<p> Deux </p>';
    for (const f of splitCell(cell)) expect(cell).toContain(f);
  });

  it('keeps any non-structural tag as literal data, never as structure', () => {
    const cell = '<ul> - Un <script>alert(1)</script> test. - Deux <img src=x onerror=alert(1)>.';
    expect(splitCell(cell)).toEqual(['Un <script>alert(1)</script> test.', 'Deux <img src=x onerror=alert(1)>.']);
    expect(splitCell('<p>Texte <b>gras</b>.</p>')).toEqual(['Texte <b>gras</b>.']);
  });
});

describe('cleanText', () => {
  it('fixes the export artefacts', () => {
    expect(cleanText('mise à disposition de loCAux')).toBe('Mise à disposition de locaux');
    expect(cleanText('un chargé de mission enCADre le chantier')).toBe('Un chargé de mission encadre le chantier');
    expect(cleanText('Animation du réseau des 20^{aines} bibliothèques municipales')).toBe(
      "Animation du réseau d'une vingtaine de bibliothèques municipales",
    );
    expect(cleanText("gestion d'une 10^{aine} de pages")).toBe("Gestion d'une dizaine de pages");
    expect(cleanText('1^{er}/01/2009 : un programme')).toBe('1er/01/2009 : un programme');
    expect(cleanText('le 2<sup>e</sup> pays')).toBe('Le 2e pays');
  });

  it('cleans whitespace, stray structure and bullets, and capitalises', () => {
    expect(cleanText('  - une   phrase , avec ( espaces ) .  ')).toBe('Une phrase, avec (espaces).');
    expect(cleanText('<p>texte</p>')).toBe('Texte');
    expect(cleanText('élus et CC')).toBe('Élus et CC');
  });

  it('decodes entities into plain text', () => {
    expect(cleanText('R&amp;D &#233;t&eacute;')).toBe('R&D ét&eacute;');
    expect(cleanText('&lt;p&gt;pas un paragraphe&lt;/p&gt;')).toBe('<p>pas un paragraphe</p>');
  });

  it('leaves any other tag-looking text as literal text', () => {
    expect(cleanText('<script>alert(1)</script> fin')).toBe('<script>alert(1)</script> fin');
    expect(cleanText('voir <img src=x onerror="alert(1)">')).toBe('Voir <img src=x onerror="alert(1)">');
  });

  it('leaves text without artefacts unchanged', () => {
    const s = "Le pays travaille à la carte avec les CC en fonction des projets (ex fleuve Charente, Charente Vélo...)";
    expect(cleanText(s)).toBe(s);
  });
});
