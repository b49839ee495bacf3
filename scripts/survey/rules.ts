/**
 * The classification of the survey's practices, as plain data: the vocabulary (themes, forms,
 * statuses) and the keyword rules that assign it. The engine is classify.ts; the entries these
 * rules get wrong are corrected, with a reason, in overrides.ts.
 *
 * Patterns are regular expressions applied to folded text (see fold.ts: lower case, no accents,
 * « œ » spelled « oe », straight apostrophes), so they must be written in that form. A rule's
 * `label` is the keyword as a reader would write it: it is what the app shows to explain a class.
 */
import type { Column, Form, FormId, Status, SurveyStatus, Theme, ThemeId } from '../../src/lib/schema';

export interface KeywordRule {
  label: string;
  pattern: string;
  /** The rule does not fire when this pattern also matches. */
  unless?: string;
  /** The rule only applies to this column of the survey. */
  column?: Column;
}

export const THEMES: Theme[] = [
  {
    id: 'sig',
    label: 'SIG et cadastre',
    description: "Systèmes d'information géographique, cadastre numérisé, GPS et géoréférencement partagés.",
  },
  {
    id: 'habitat',
    label: 'Habitat / OPAH',
    description: "OPAH, études et observatoire de l'habitat, aires d'accueil des gens du voyage.",
  },
  {
    id: 'lecture-publique',
    label: 'Bibliothèques / lecture publique',
    description: 'Bibliothèques, médiathèques et réseaux de lecture publique.',
  },
  {
    id: 'commande-publique',
    label: 'Commande publique',
    description: "Marchés publics, groupements de commande ou d'achat.",
  },
  {
    id: 'urbanisme',
    label: 'Urbanisme',
    description: "Permis de construire et autorisations d'urbanisme, PLU, zonage.",
  },
  {
    id: 'numerique',
    label: 'Numérique',
    description: 'Informatique, logiciels, administration électronique, internet et extranet, EPN, TIC.',
  },
  {
    id: 'economie',
    label: 'Économie et emploi',
    description: 'Développement économique, accueil des porteurs de projets, ZAC, emploi, entreprises.',
  },
  {
    id: 'tourisme-communication',
    label: 'Tourisme et communication',
    description: 'Promotion touristique, communication, plaquettes, guides, photothèques, sites web.',
  },
  {
    id: 'culture-patrimoine',
    label: 'Culture et patrimoine',
    description: "Action culturelle, patrimoine, label Art et histoire, musique, festivals, fonds ethnographiques.",
  },
  {
    id: 'environnement',
    label: 'Environnement',
    description: 'Ordures ménagères et déchets, espaces verts, énergie, eau (SAGE), développement durable.',
  },
  {
    id: 'voirie-technique',
    label: 'Voirie et services techniques',
    description: 'Voirie, entretien, éclairage, matériel et services techniques.',
  },
  {
    id: 'administration',
    label: 'Administration générale',
    description: 'Gestion du personnel, comptabilité, finances, juridique, courrier, locaux, affranchissement, photocopieurs.',
  },
  {
    id: 'ingenierie',
    label: 'Ingénierie et conseil',
    description:
      "Assistance et conseil aux communes, montage de dossiers, expertise, maîtrise d'ouvrage déléguée, contractualisation, Leader.",
  },
  {
    id: 'gouvernance',
    label: 'Gouvernance',
    description:
      'Réunions de DGS ou de secrétaires, comités techniques, réflexion sur la mutualisation, fusion de CC, services partagés entre ville et agglomération.',
  },
  {
    id: 'enfance-social',
    label: 'Enfance, jeunesse et social',
    description: 'Enfance, jeunesse, écoles, RASED, classes de découverte, adolescents, portage de repas, centres de loisirs.',
  },
  {
    id: 'formation-securite',
    label: 'Formation et sécurité',
    description: 'Formation des agents, hygiène et sécurité au travail.',
  },
  {
    id: 'sport',
    label: 'Sport et randonnée',
    description: 'Sport, piscines, randonnée.',
  },
];

export const FORMS: Form[] = [
  {
    id: 'personnel',
    label: 'Personnel partagé',
    description: 'Des agents mis à disposition, partagés entre collectivités ou recrutés en commun.',
  },
  {
    id: 'equipement',
    label: 'Équipement et données',
    description: 'Du matériel, des logiciels, des locaux ou des données mis à disposition.',
  },
  {
    id: 'achat-groupe',
    label: 'Achat groupé',
    description: "Un groupement de commande ou d'achat.",
  },
  {
    id: 'service-commun',
    label: 'Service commun ou délégué',
    description:
      "Le service d'une collectivité travaille pour d'autres : prestation, gestion ou maîtrise d'ouvrage déléguée, assistance.",
  },
  {
    id: 'coordination',
    label: 'Coordination',
    description: "Réunions, réseaux, groupes de travail, partage d'information.",
  },
];

export const THEME_RULES: Record<ThemeId, KeywordRule[]> = {
  sig: [
    { label: 'SIG', pattern: '\\bsig\\b' },
    { label: 'cadastre numérisé', pattern: '\\bcadastre' },
    { label: 'GPS', pattern: '\\bgps\\b' },
    { label: 'géoréférencer', pattern: 'georeferenc' },
  ],
  habitat: [
    { label: 'OPAH', pattern: '\\bopah\\b' },
    { label: 'habitat', pattern: '\\bhabitat\\b' },
    { label: 'aire d’accueil des gens du voyage', pattern: 'gens du voyage' },
  ],
  'lecture-publique': [
    { label: 'lecture publique', pattern: 'lecture publique' },
    { label: 'bibliothèque', pattern: 'bibliothe' },
    { label: 'médiathèque', pattern: 'mediathe' },
  ],
  'commande-publique': [
    { label: 'marchés publics', pattern: '\\bmarches? publics?\\b' },
    { label: 'groupement de commande', pattern: '\\bgroupements? de commandes?\\b' },
    { label: 'groupement d’achat', pattern: "\\bgroupements? d'achats?\\b" },
    { label: 'commande publique', pattern: '\\bcommande publique\\b' },
  ],
  urbanisme: [
    { label: 'permis de construire', pattern: 'permis de construire' },
    { label: 'urbanisme', pattern: '\\burbanisme\\b' },
    { label: 'PLU', pattern: '\\bplu\\b' },
    { label: 'zonage', pattern: '\\bzonage\\b' },
  ],
  numerique: [
    { label: 'informatique', pattern: '\\binformatique' },
    // The software of a shared SIG belongs to the SIG, not to a separate digital theme.
    { label: 'logiciel', pattern: '\\blogiciels?\\b', unless: '\\bsig\\b|\\bcadastre' },
    { label: 'administration électronique', pattern: 'administration electronique|\\be-administration' },
    { label: 'internet', pattern: '\\binternet\\b' },
    { label: 'extranet', pattern: '\\bextranet\\b' },
    { label: 'EPN', pattern: '\\bepn\\b|espaces? publics? numeriques?' },
    { label: 'TIC', pattern: '\\btic\\b' },
    { label: 'dématérialisation', pattern: 'dematerialis' },
    { label: 'ordinateurs', pattern: '\\bordinateurs?\\b' },
  ],
  economie: [
    { label: 'développement économique', pattern: 'developpe(ment|urs?) economiques?' },
    { label: 'économie', pattern: '\\beconomie\\b' },
    { label: 'porteurs de projets', pattern: '\\bporteurs? (de|des) projets?\\b' },
    { label: 'ZAC', pattern: '\\bzac\\b' },
    { label: 'emploi', pattern: '\\bemploi\\b' },
    { label: 'club d’entreprises', pattern: "club d'entreprises" },
    { label: 'entreprendre', pattern: '\\bentreprendre\\b' },
  ],
  'tourisme-communication': [
    { label: 'tourisme', pattern: '\\btouris(me|tique|tiques)\\b' },
    { label: 'communication', pattern: '\\bcommunication\\b' },
    { label: 'plaquette', pattern: '\\bplaquettes?\\b' },
    { label: 'guide', pattern: '\\bguides?\\b' },
    { label: 'photos', pattern: '\\bphotos?\\b' },
    { label: 'site internet', pattern: '\\bsites? internet\\b' },
    { label: 'charte graphique', pattern: 'charte graphique' },
  ],
  'culture-patrimoine': [
    { label: 'culture', pattern: '\\bcultur(e|el|elle|els|elles)\\b' },
    { label: 'patrimoine', pattern: '\\bpatrimoine\\b' },
    { label: 'art et histoire', pattern: "\\bart et (d')?histoire\\b" },
    { label: 'art roman', pattern: '\\bart roman\\b' },
    { label: 'musique', pattern: '\\bmusique\\b' },
    { label: 'festival', pattern: '\\bfestiv(al|als|ites)\\b' },
    { label: 'fonds ethnographiques', pattern: 'ethnographi' },
    { label: 'DRAC', pattern: '\\bdrac\\b' },
  ],
  environnement: [
    { label: 'environnement', pattern: '\\benvironnement' },
    { label: 'ordures ménagères', pattern: 'ordures menageres|\\bom\\b' },
    { label: 'déchets', pattern: '\\bdechets?\\b' },
    { label: 'déchiqueteurs, broyeurs', pattern: '\\bdechiqueteurs?\\b|\\bbroyeurs?\\b' },
    { label: 'espaces verts', pattern: 'espaces verts' },
    { label: 'énergie', pattern: '\\benerg(ie|ies|etique|etiques)\\b' },
    { label: 'SAGE (eaux)', pattern: '\\bsage\\b' },
    { label: 'développement durable', pattern: 'developpement durable' },
  ],
  'voirie-technique': [
    { label: 'voirie', pattern: '\\bvoirie\\b' },
    { label: 'entretien routier', pattern: 'entretien routier' },
    { label: 'éclairage', pattern: '\\beclairage\\b' },
    { label: 'services techniques', pattern: '\\bservices? techniques?\\b' },
    { label: 'signalisation', pattern: '\\bsignalisation\\b' },
    { label: 'matériel technique (déchiqueteurs, broyeurs)', pattern: '\\bdechiqueteurs?\\b|\\bbroyeurs?\\b' },
    { label: 'matériel de réception, sonorisation', pattern: 'materiel de reception|\\bsonorisation\\b' },
  ],
  administration: [
    { label: 'gestion du personnel', pattern: 'gestion du personnel' },
    { label: 'comptabilité', pattern: '\\bcomptabilite' },
    { label: 'finances', pattern: '\\bfinances\\b' },
    { label: 'ressources humaines', pattern: 'ressources humaines' },
    { label: 'conseil juridique', pattern: '(conseil|service) juridique' },
    { label: 'courrier', pattern: '\\bcourrier\\b' },
    { label: 'locaux', pattern: '\\blocaux\\b' },
    { label: 'affranchissement', pattern: '\\baffranchissement' },
    { label: 'photocopieurs', pattern: '\\bphotocopi' },
    { label: 'transfert de charges', pattern: '\\btransferts? de charges?\\b' },
    { label: 'fournitures (papier)', pattern: '\\bpapier\\b' },
  ],
  ingenierie: [
    { label: 'assistance', pattern: '\\bassistance\\b' },
    // « conseil général », « conseil régional » are institutions, « conseil juridique » is administration.
    { label: 'conseil', pattern: '\\bconseil\\b(?! (general|regional|municipal|communautaire|juridique))' },
    { label: 'montage de dossiers', pattern: '\\bmontage de (dossiers?|projets?)\\b' },
    { label: 'expertise', pattern: '\\bexpertise\\b' },
    { label: 'maîtrise d’ouvrage déléguée', pattern: "maitrise d'ouvrage" },
    { label: 'contractualisation', pattern: '\\bcontractualisation\\b|\\bcontrats? regionaux\\b' },
    { label: 'Leader', pattern: '\\bleader\\b' },
    { label: 'ingénierie', pattern: '\\bingenierie\\b' },
    { label: 'accompagner les communes', pattern: 'accompagner les communes' },
    { label: 'travail à la carte', pattern: '\\ba la carte\\b' },
  ],
  gouvernance: [
    { label: 'DGS', pattern: '\\bdgs\\b' },
    { label: 'secrétaires généraux ou de mairie', pattern: '\\bsecretaires? (generaux|de mairies?)\\b' },
    {
      label: 'directions générales',
      pattern: '\\bdirections? (generales?|des cc)\\b|\\bdirect(eur|rice) general(e)?\\b',
    },
    { label: 'comité technique', pattern: '\\bcomites? techniques?\\b' },
    { label: 'fusion de CC', pattern: '\\bfusion\\b' },
    {
      label: 'services partagés entre collectivités',
      pattern: '\\bmutualisation (complete )?(de|des) services\\b|\\bservices de la ville centre\\b',
    },
    { label: 'question de la mutualisation', pattern: 'question de la mutualisation' },
    { label: 'travailler ensemble', pattern: 'travailler ensemble' },
    { label: 'instances du pays', pattern: '\\binstances du pays\\b' },
    { label: 'travail au cas par cas', pattern: '\\bau cas par cas\\b' },
    { label: 'coordinateur du pays', pattern: '\\bcoordinat(eur|rice)\\b' },
  ],
  'enfance-social': [
    { label: 'enfance', pattern: '\\benfan(ce|t|ts)\\b' },
    { label: 'jeunesse', pattern: '\\bjeunesse\\b' },
    // The music schools are culture, not childhood.
    { label: 'écoles', pattern: '\\becoles?\\b', unless: '\\becoles? de musique\\b' },
    { label: 'RASED', pattern: '\\brased\\b' },
    { label: 'élèves', pattern: '\\beleves?\\b' },
    { label: 'classes de découverte', pattern: '\\bclasses? de decouvertes?\\b' },
    { label: 'adolescents', pattern: '\\badolescent' },
    { label: 'portage de repas', pattern: 'portage de repas' },
    { label: 'centre de loisirs', pattern: 'centres? de loisirs' },
  ],
  'formation-securite': [
    { label: 'dispositif de formation', pattern: '\\b(dispositif|programme) de formation\\b' },
    { label: 'formation des agents', pattern: '\\bformation des (agents|employes)\\b' },
    { label: 'CNFPT', pattern: '\\bcnfpt\\b' },
    { label: 'hygiène et sécurité', pattern: 'hygiene et securite|securite des agents' },
  ],
  sport: [
    { label: 'sport', pattern: '\\bsport(s|if|ifs|ive|ives)?\\b' },
    { label: 'piscine', pattern: '\\bpiscines?\\b' },
    { label: 'randonnée', pattern: '\\brandonnees?\\b' },
  ],
};

/**
 * Rules tried only when no theme rule fired: a chargé de mission shared without a named field
 * is the pays' engineering put at the disposal of its members.
 */
export const THEME_FALLBACK_RULES: { theme: ThemeId; rule: KeywordRule }[] = [
  { theme: 'ingenierie', rule: { label: 'chargé de mission', pattern: '\\bchargee?s? de mission\\b' } },
];

export const FORM_RULES: Record<FormId, KeywordRule[]> = {
  personnel: [
    {
      label: 'mise à disposition de personnel',
      pattern: '\\bdisposition (du |de |de la |des |d\')?(personnel|agents?|direct(eur|rice))\\b',
    },
    { label: 'met à disposition un agent', pattern: '\\bdisposition un agent\\b' },
    { label: 'fonctionnaire', pattern: '\\bfonctionnaire\\b' },
    { label: 'mutualisation du personnel', pattern: '\\bmutualisation (du |de )?personnel\\b' },
    { label: 'chargé de mission', pattern: '\\bchargee?s? de mission\\b' },
    { label: 'chargé d’étude', pattern: "\\bcharges? d'etudes?\\b" },
    { label: 'poste', pattern: '\\bpostes?\\b' },
    { label: 'recrutement', pattern: '\\brecrut' },
    { label: 'secrétaire du pays', pattern: '\\bsecretaire du pays\\b' },
    { label: 'poste tenu pour deux collectivités', pattern: '\\begalement responsable\\b|\\bexerce egalement\\b' },
    { label: 'compétences des CC', pattern: '\\bcompetences des cc\\b' },
  ],
  equipement: [
    { label: 'matériel', pattern: '\\bmateriels?\\b' },
    { label: 'logiciel', pattern: '\\blogiciels?\\b' },
    { label: 'données', pattern: '\\bdonnees?\\b' },
    { label: 'locaux', pattern: '\\blocaux\\b' },
    { label: 'outil informatique ou internet', pattern: '\\boutils? (informatique|internet)' },
    { label: 'SIG', pattern: '\\bsig\\b' },
    { label: 'GPS', pattern: '\\bgps\\b' },
    { label: 'cadastre numérisé', pattern: '\\bcadastre' },
    { label: 'EPN', pattern: '\\bepn\\b' },
    { label: 'site internet', pattern: '\\bsites? internet\\b|\\bprojet internet\\b' },
    { label: 'lieu d’accueil', pattern: '\\blieu unique\\b' },
    { label: 'plate-forme, moyens exutoires', pattern: '\\bplate-forme\\b|\\bmoyens exutoires\\b' },
    { label: 'observatoire', pattern: '\\bobservatoire\\b' },
    { label: 'accès aux fonds', pattern: '\\bacces aux fonds\\b' },
    { label: 'ordinateurs', pattern: '\\bordinateurs?\\b' },
    { label: 'photocopieurs', pattern: '\\bphotocopi' },
    { label: 'sonorisation', pattern: '\\bsonorisation\\b' },
    { label: 'déchiqueteurs, broyeurs', pattern: '\\bdechiqueteurs?\\b|\\bbroyeurs?\\b' },
    { label: 'équipement', pattern: '\\bequipements?\\b' },
  ],
  'achat-groupe': [
    { label: 'groupement de commande', pattern: '\\bgroupements? de commandes?\\b' },
    { label: 'groupement d’achat', pattern: "\\bgroupements? d'achats?\\b" },
  ],
  'service-commun': [
    { label: 'pour le compte de', pattern: '\\bpour le compte (des|du|de)\\b' },
    { label: 'gestion confiée par convention', pattern: '\\bconvention pour la gestion\\b' },
    { label: 'mise à jour des données', pattern: '\\bmise a jour des donnees\\b' },
    { label: 'gestion ou maîtrise d’ouvrage déléguée', pattern: '\\bdeleguee?s?\\b' },
    { label: 'prestation de service', pattern: '\\bprestations? de services?\\b' },
    {
      label: 'service partagé',
      pattern:
        '\\bmutualisation (complete )?(de|des|du) services?\\b|\\bservices de la (ville centre|can|cap)\\b|\\bservice (marche|voirie|amenagement)|\\bpole de competences\\b',
    },
    { label: 'assistance, conseil', pattern: '\\bassistance\\b|\\bconseil technique\\b|\\bexpertise\\b' },
    { label: 'accompagner les communes', pattern: 'accompagner les communes' },
    { label: 'montage de dossiers', pattern: '\\bmontage de (dossiers?|projets?)\\b' },
    { label: 'au service des communes', pattern: '\\bau service des communes\\b' },
    { label: 'pour les communes ou les CC', pattern: '\\bpour (les|ses) communes\\b|\\bpour les cc\\b' },
    { label: 'maintenance', pattern: '\\bmaintenance\\b' },
    { label: 'interlocuteur unique', pattern: '\\binterlocuteur unique\\b' },
    { label: 'intervention sur les communes', pattern: '\\bintervention sur\\b' },
    { label: 'accueil des porteurs de projets', pattern: '\\b(pre-)?accueil des porteurs\\b' },
    { label: 'à l’échelle du pays', pattern: "\\ba l'echelle du pays\\b", unless: '\\breunion' },
    { label: 'pour l’ensemble du territoire', pattern: "\\bpour l'ensemble du territoire\\b" },
    { label: 'centre de ressources', pattern: '\\bcentre de ressources\\b' },
    { label: 'dispositif de formation', pattern: '\\b(dispositif|programme) de formation\\b' },
    { label: 'aides allouées par le pays', pattern: '\\balloue' },
    { label: 'archivage', pattern: '\\barchivage\\b' },
  ],
  coordination: [
    { label: 'réunion', pattern: '\\breunions?\\b' },
    { label: 'rencontre', pattern: '\\brencontres?\\b' },
    { label: 'comité', pattern: '\\bcomites?\\b' },
    { label: 'groupe ou commission de travail', pattern: '\\b(groupes?|commissions?) de travail\\b|\\bcommission\\b' },
    { label: 'réseau', pattern: '\\breseaux?\\b' },
    { label: 'partenariat', pattern: '\\bpartenariat\\b' },
    {
      label: 'travail en commun',
      pattern: '\\btravail(lent)? (ensemble|mutualise)\\b|\\bau cas par cas\\b|\\ba la carte\\b|\\btravailler ensemble\\b',
    },
    { label: 'concertation, partage d’information', pattern: '\\bconcertation\\b|\\bpartage (d\')?information\\b' },
    { label: 'coordination', pattern: '\\bcoordon(ne|nee|nes|nees|nation)\\b|\\bcoordinat(eur|rice)\\b' },
    { label: 'instances du pays', pattern: '\\binstances\\b' },
    // Not a bare « réflexion »: « En réflexion : » is a status, not a way of working together.
    { label: 'séminaire, réflexion commune ou initiée ensemble', pattern: '\\bseminaire\\b|\\breflexion (commune|a ete initiee)\\b' },
    { label: 'fusion étudiée en commun', pattern: '\\bfusion\\b' },
    { label: 'actions communes', pattern: '\\bactions communes\\b' },
  ],
};

/** When no form rule fires, the survey's own column says what was pooled. */
export const FORM_BY_COLUMN: Record<Column, FormId> = { rh: 'personnel', moyens: 'equipement' };
export const COLUMN_LABELS: Record<Column, string> = {
  rh: 'Ressources humaines',
  moyens: 'Moyens-outils-matériel',
};

export interface StatusRule {
  status: Exclude<Status, 'en-place'>;
  /** As written in the survey. */
  label: string;
  pattern: string;
  /** `start`: a label opening the practice (« En projet : … »); `anywhere`: a word inside it. */
  at: 'start' | 'anywhere';
}

/**
 * Tried in order; the first that matches gives the status, otherwise the practice is in place.
 * Labels opening a practice come first: they are the interviewer's own classification. Inside
 * a text, the most tentative word wins (« un projet évoqué » is a reflection, not a project).
 */
export const STATUS_RULES: StatusRule[] = [
  { status: 'en-reflexion', label: 'En réflexion', pattern: '^en reflexion\\b', at: 'start' },
  { status: 'en-reflexion', label: 'Idée', pattern: '^idee\\b', at: 'start' },
  { status: 'en-cours', label: 'En cours', pattern: '^en cours\\b', at: 'start' },
  { status: 'en-projet', label: 'En projet', pattern: '^en projet\\b', at: 'start' },
  { status: 'en-projet', label: 'Projet pour 2009', pattern: '^projet pour \\d{4}\\b', at: 'start' },
  { status: 'en-projet', label: 'Projet', pattern: '^projets?\\b', at: 'start' },
  { status: 'en-projet', label: 'A venir', pattern: '^a venir\\b', at: 'start' },
  { status: 'en-reflexion', label: 'réflexion a été initiée', pattern: '\\breflexion a ete initiee\\b', at: 'anywhere' },
  { status: 'en-reflexion', label: 'hypothèse', pattern: '\\bhypotheses?\\b', at: 'anywhere' },
  { status: 'en-reflexion', label: 'évoqué', pattern: '\\bevoquee?s?\\b', at: 'anywhere' },
  { status: 'en-reflexion', label: 'souhait', pattern: '\\bsouhaits?\\b', at: 'anywhere' },
  { status: 'en-reflexion', label: 'en réflexion', pattern: '\\ben reflexion\\b', at: 'anywhere' },
  { status: 'en-projet', label: 'devrait débuter', pattern: '\\bdevrai(t|ent) debuter\\b', at: 'anywhere' },
  { status: 'en-projet', label: 'à venir', pattern: '\\ba venir\\b', at: 'anywhere' },
  { status: 'en-projet', label: 'en projet', pattern: '\\ben projet\\b', at: 'anywhere' },
  { status: 'en-cours', label: 'en construction', pattern: '\\ben construction\\b', at: 'anywhere' },
  { status: 'en-cours', label: 'en préfiguration', pattern: '\\ben prefiguration\\b', at: 'anywhere' },
  { status: 'en-cours', label: 'étudient', pattern: '\\betudient\\b', at: 'anywhere' },
  { status: 'en-cours', label: 'en cours', pattern: '\\ben cours\\b', at: 'anywhere' },
];

/** Cells that report on the survey itself rather than describe a practice. */
export const SURVEY_STATUS_MARKERS: { status: Exclude<SurveyStatus, 'ok'>; pattern: string }[] = [
  { status: 'no-information', pattern: '^information non disponible\\.?$' },
  { status: 'no-practice', pattern: '^pas de pratique specifique\\.?$' },
];
