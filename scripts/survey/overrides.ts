/**
 * Reviewed corrections, for the practices the keyword rules classify wrongly. Each is keyed by
 * practice id and says why; the reason is shown to the reader. The build fails if an entry names
 * no practice or no longer changes anything.
 */
import type { FormId, Status, ThemeId } from '../../src/lib/schema';

export interface Override {
  id: string;
  addThemes?: ThemeId[];
  removeThemes?: ThemeId[];
  addForms?: FormId[];
  removeForms?: FormId[];
  status?: Status;
  /** Why the classes change. */
  reason: string;
  /** Why the status changes, when it does. */
  statusReason?: string;
}

export const OVERRIDES: Override[] = [
  {
    id: 'pays-horte-et-tardoire-rh-1',
    addThemes: ['gouvernance'],
    reason: "un « office de pôle » commun au pays et aux CC est une question d'organisation de la mutualisation",
  },
  {
    id: 'pays-horte-et-tardoire-moyens-2',
    addThemes: ['administration'],
    reason: "convention de prestation sans domaine précisé : rattachée à l'administration générale",
  },
  {
    id: 'pays-entre-touvre-et-charente-rh-1',
    removeForms: ['personnel'],
    reason: "la chargée de mission assiste aux réunions de la CC : c'est de la coordination, pas un partage de personnel",
  },
  {
    id: 'ca-la-rochelle-rh-1',
    removeThemes: ['culture-patrimoine'],
    reason: "le service « Aménagement et patrimoine » gère le patrimoine immobilier, pas le patrimoine culturel",
  },
  {
    id: 'ca-niort-rh-3',
    removeThemes: ['economie', 'environnement'],
    reason: "l'économie et le développement durable ne sont que les sujets d'un séminaire à venir",
    status: 'en-cours',
    statusReason: "l'étude de l'INET est en cours et le séminaire est prévu début 2009",
  },
  {
    id: 'pays-mellois-moyens-3',
    addForms: ['service-commun'],
    removeForms: ['equipement'],
    reason: 'un syndicat intercommunal gère les piscines pour les CC',
  },
  {
    id: 'pays-thouarsais-moyens-4',
    removeThemes: ['administration'],
    removeForms: ['coordination'],
    reason: "les locaux sont ceux du RASED, et « réseau » n'est qu'un mot de son nom",
    status: 'en-projet',
    statusReason: "le programme démarre le 1er janvier 2009, après l'enquête",
  },
  {
    id: 'ca-poitiers-moyens-2',
    removeThemes: ['voirie-technique'],
    reason: "la voirie n'est qu'un exemple d'usage du SIG",
  },
  {
    id: 'pays-civraisien-rh-2',
    addForms: ['coordination'],
    removeForms: ['personnel'],
    reason: 'les deux CC étudient ensemble le ramassage (étude, visites sur site) ; aucun agent n’est partagé',
    status: 'en-cours',
    statusReason: 'la mutualisation du ramassage en est au stade de l’étude',
  },
];
