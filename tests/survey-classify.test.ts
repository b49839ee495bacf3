import { describe, expect, it } from 'vitest';
import { FORM_IDS, THEME_IDS, type FormId, type Status, type ThemeId } from '../src/lib/schema';
import { classify } from '../scripts/survey/classify';
import { fold } from '../scripts/survey/fold';
import { OVERRIDES } from '../scripts/survey/overrides';
import { FORM_RULES, FORMS, STATUS_RULES, THEME_FALLBACK_RULES, THEME_RULES, THEMES } from '../scripts/survey/rules';
import { dataset, practiceWith, practices } from './survey-fixtures';

/**
 * Per theme: real entries of the survey (found by a distinctive piece of their text) that must
 * carry it, and one that must not although a naive keyword would say so.
 */
const THEME_CASES: Record<ThemeId, { carry: string[]; not: string }> = {
  sig: {
    carry: ['Le SIG de la CA est accessible', 'le cadastre numérisé est mis à disposition', 'Le GPS du pays'],
    not: "Un logiciel de gestion d'autorisation",
  },
  habitat: {
    carry: ['Une OPAH mise en œuvre', "aire d'accueil des gens du voyage", "un observatoire de l'habitat"],
    not: 'Restauration du patrimoine',
  },
  'lecture-publique': {
    carry: ['Un cyber réseau de lecture publique', 'La future médiathèque de la CC de Jarnac', "d'une vingtaine de bibliothèques"],
    not: 'anime le réseau des écoles de musique',
  },
  'commande-publique': {
    carry: ["Un groupement d'achat « papier recyclé »", 'Le service marché public de la CC', 'Des groupements de commande entre la CAP'],
    not: 'Une commande politique émanant',
  },
  urbanisme: {
    carry: ['instruction et centralisation à la CAP', "autorisation d'urbanisme (informel)", '(PLU, plan de zonage...)'],
    not: 'Service Aménagement et patrimoine',
  },
  numerique: {
    carry: ['Un outil informatique « LiberAccès »', 'Un outil internet /extranet', 'espaces publics numériques (EPN)'],
    not: 'Le SIG de la CA est accessible',
  },
  economie: {
    carry: ["Maison de l'économie", 'commercialisation ZAC', "« Plan d'accompagnement pour l'emploi »"],
    not: 'TIC : expérimentations menées sur le pays avec entreprises privées',
  },
  'tourisme-communication': {
    carry: ['Une banque de données photos numériques', '« Guide de groupe »', 'Communication tourisme et économie'],
    not: 'pour communiquer une information claire aux élus',
  },
  'culture-patrimoine': {
    carry: ['Pour label Pays Art et Histoire', 'Valorisation des fonds ethnographiques', 'Le conservatoire de musique'],
    not: 'Service Aménagement et patrimoine',
  },
  environnement: {
    carry: ['plate-forme de déchets verts', 'réalisation des bilans énergétiques', 'sur le projet SAGE'],
    not: 'Une commande politique émanant',
  },
  'voirie-technique': {
    carry: ['mutualisation du service voirie', "l'entretien routier, l'éclairage de Noël", 'Le directeur des services techniques'],
    not: 'Le SIG de la CAP est mis à disposition',
  },
  administration: {
    carry: ['pour la comptabilité du pays', 'affranchissement, photocopieurs', 'Une convention de mise à disposition de locaux'],
    not: 'un programme spécifique RASED',
  },
  ingenierie: {
    carry: ['Assistance/conseil du pays en montage de dossier', "Maîtrise d'ouvrage déléguée à la CA", 'Un conseil technique en matière de travaux'],
    not: 'Un pôle de compétences communautaires',
  },
  gouvernance: {
    carry: ['Rencontres trimestrielles des DGS', '3 CC étudient les conditions de leur fusion', 'Des « Comités techniques » trimestriels'],
    not: 'Réunion mensuelle du groupe de travail économie',
  },
  'enfance-social': {
    carry: ['un programme spécifique RASED', "une mission d'écoute pour les adolescents", 'portage de repas à domicile'],
    not: 'anime le réseau des écoles de musique',
  },
  'formation-securite': {
    carry: ['dispositif de formation sur le développement durable', '« hygiène et sécurité »', 'Un programme de formation délocalisée'],
    not: 'formation des secrétaires par un techniciens',
  },
  sport: {
    carry: ['Syndicat Mellois des piscines', "l'accueil des écoles à la piscine", 'Exemples : sport, technicien espaces verts'],
    not: 'circuit du Val de Vienne',
  },
};

describe('themes on real entries', () => {
  it('covers every theme', () => {
    expect(Object.keys(THEME_CASES).sort()).toEqual([...THEME_IDS].sort());
  });

  for (const theme of THEME_IDS) {
    const { carry, not } = THEME_CASES[theme];
    it.each(carry)(`${theme}: carried by « %s »`, (fragment) => {
      expect(practiceWith(fragment).themes).toContain(theme);
    });
    it(`${theme}: not carried by « ${not} »`, () => {
      expect(practiceWith(not).themes).not.toContain(theme);
    });
  }

  it('gives several themes when the practice spans several', () => {
    expect(practiceWith('Une OPAH mise en œuvre sous forme de groupement de commande').themes).toEqual([
      'habitat',
      'commande-publique',
    ]);
    expect(practiceWith('Le GPS du pays').themes).toEqual(['sig', 'environnement', 'sport']);
  });

  it('gives every practice at least one theme and one form, in vocabulary order', () => {
    for (const p of practices) {
      expect(p.themes.length, p.id).toBeGreaterThan(0);
      expect(p.forms.length, p.id).toBeGreaterThan(0);
      expect(p.themes).toEqual(THEME_IDS.filter((t) => p.themes.includes(t)));
      expect(p.forms).toEqual(FORM_IDS.filter((f) => p.forms.includes(f)));
    }
  });
});

const STATUS_CASES: [string, Status][] = [
  ['Projet à 6 ans : mutualisation de services', 'en-projet'],
  ["A venir : la question d'un office de pôle", 'en-projet'],
  ["En projet 2009 : création d'un centre de ressources", 'en-projet'],
  ["Projet pour 2009 : un observatoire de l'habitat", 'en-projet'],
  ['Projet de recruter un chargé de mission', 'en-projet'],
  ['Projet : une politique « lecture publique »', 'en-projet'],
  ["En projet : groupement de commande et maîtrise d'ouvrage", 'en-projet'],
  ['Projet : un site Internet de la CC', 'en-projet'],
  ['En cours : 3 CC étudient les conditions', 'en-cours'],
  ["En cours : SIG à l'échelle du pays", 'en-cours'],
  ['La future médiathèque de la CC de Jarnac, en construction', 'en-cours'],
  ['(en préfiguration de la future bibliothèque communautaire', 'en-cours'],
  ["En réflexion : un groupement de commande pour l'acquisition de déchiqueteurs", 'en-reflexion'],
  ['Idée de mutualiser un poste', 'en-reflexion'],
  ['Une hypothèse de projet Internet', 'en-reflexion'],
  ['Un projet évoqué de mutualisation', 'en-reflexion'],
  ['Souhait de pérenniser ce type de rencontre', 'en-reflexion'],
  ['Une réflexion a été initiée par le pays', 'en-reflexion'],
  // « Projet » inside the text, not as its label: the meetings are in place.
  ['Ex : Projet de fusion entre 5 CC', 'en-place'],
  ['formulation de leur avis sur le projet SAGE', 'en-place'],
  ['Rencontres trimestrielles des DGS de la CAN', 'en-place'],
  // Reviewed corrections.
  ['1er/01/2009 : un programme spécifique RASED', 'en-projet'],
  ["Etude de stagiaires de l'INET", 'en-cours'],
];

describe('status on real entries', () => {
  it.each(STATUS_CASES)('« %s » → %s', (fragment, status) => {
    expect(practiceWith(fragment).status).toBe(status);
  });

  it('keeps most practices in place', () => {
    expect(practices.filter((p) => p.status === 'en-place').length).toBeGreaterThan(100);
  });
});

const FORM_CASES: [string, FormId[]][] = [
  ['Une OPAH mise en œuvre sous forme de groupement de commande', ['personnel', 'achat-groupe']],
  ['Rencontres tous les 2-3 mois des DGS', ['coordination']],
  ['Des groupements de commande entre la CAP et Poitiers', ['achat-groupe']],
  ['Le chargé de mission économie est à la disposition des 4 CC', ['personnel']],
  ['Le SIG des 2 CC installé dans les communes', ['equipement']],
  ['Gestion des permis de construire pour le compte des communes. Un logiciel', ['equipement', 'service-commun']],
  ['Une mise à disposition de personnel de la commune pour la comptabilité', ['personnel']],
  ['La chargée de mission du pays est invitée aux réunions', ['coordination']],
];

describe('forms on real entries', () => {
  it.each(FORM_CASES)('« %s » → %j', (fragment, forms) => {
    expect(practiceWith(fragment).forms).toEqual(forms);
  });
});

describe('why a practice was classified', () => {
  it('names the keyword, the status label or the default', () => {
    const opah = practiceWith('Une OPAH mise en œuvre');
    expect(opah.why.themes.habitat).toBe('mot-clé “OPAH”');
    expect(opah.why.forms['achat-groupe']).toBe('mot-clé “groupement de commande”');
    expect(opah.why.status).toBe('par défaut : en place');
    expect(practiceWith('En projet : groupement de commande').why.status).toBe('statut : “En projet”');
    expect(practiceWith('Un projet évoqué').why.status).toBe('mot-clé de statut “évoqué”');
    expect(practiceWith('Un projet évoqué').why.forms.personnel).toMatch(/^par défaut : colonne “Ressources humaines”/);
  });

  it('shows manual corrections with their reason', () => {
    const rased = practiceWith('un programme spécifique RASED');
    expect(rased.why.status).toMatch(/^correction manuelle : .*1er janvier 2009/);
    expect(practiceWith('Convention de prestation de service').why.themes.administration).toMatch(/^correction manuelle : /);
  });

  it('explains every theme and form, and nothing else', () => {
    for (const p of practices) {
      expect(Object.keys(p.why.themes), p.id).toEqual(p.themes);
      expect(Object.keys(p.why.forms), p.id).toEqual(p.forms);
      expect(p.why.status.length, p.id).toBeGreaterThan(0);
    }
  });

  it('keeps the manual corrections few', () => {
    expect(OVERRIDES.length).toBeLessThanOrEqual(practices.length / 10);
    for (const o of OVERRIDES) expect(o.reason.length, o.id).toBeGreaterThan(10);
  });
});

describe('the rules themselves', () => {
  const allRules = [
    ...Object.values(THEME_RULES).flat(),
    ...THEME_FALLBACK_RULES.map((f) => f.rule),
    ...Object.values(FORM_RULES).flat(),
    ...STATUS_RULES,
  ];

  it('are written in folded form, so that they ignore accents and case', () => {
    for (const r of allRules) {
      for (const pattern of [r.pattern, 'unless' in r ? r.unless : undefined]) {
        if (!pattern) continue;
        expect(() => new RegExp(pattern, 'u')).not.toThrow();
        expect(pattern, r.label).toBe(fold(pattern));
      }
    }
  });

  it('match regardless of accents and case', () => {
    expect(classify('Une OPAH', 'moyens').themes).toContain('habitat');
    expect(classify('une opah', 'moyens').themes).toContain('habitat');
    expect(classify('MÉDIATHÈQUE', 'moyens').themes).toContain('lecture-publique');
    expect(classify('mediatheque', 'moyens').themes).toContain('lecture-publique');
    expect(classify('EN RÉFLEXION : un SIG', 'moyens').status).toBe('en-reflexion');
    expect(classify('En reflexion : un SIG', 'moyens').status).toBe('en-reflexion');
    expect(classify('À venir : un SIG', 'moyens').status).toBe('en-projet');
  });

  it('have one French label and description per theme and form, in the issue order', () => {
    expect(THEMES.map((t) => t.id)).toEqual([...THEME_IDS]);
    expect(THEMES.slice(0, 3).map((t) => t.id)).toEqual(['sig', 'habitat', 'lecture-publique']);
    expect(FORMS.map((f) => f.id)).toEqual([...FORM_IDS]);
    for (const x of [...THEMES, ...FORMS]) {
      expect(x.label.length).toBeGreaterThan(2);
      expect(x.description).toMatch(/^[\p{Lu}].*\.$/u);
    }
    expect(dataset.themes).toEqual(THEMES);
    expect(dataset.forms).toEqual(FORMS);
  });
});
