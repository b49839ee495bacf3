// What the method page states about the 2026 intercommunalités: sources, licences, vintage, and
// how the communes were followed from 2008, with the counts of the crosswalk file.

import { formatNumber } from '../labels';
import type { CrosswalkFacts } from './types';

export interface EpciSource {
  what: string;
  publisher: string;
  licence: string;
}

export const EPCI_SOURCES: readonly EpciSource[] = [
  {
    what: 'Liste et composition des EPCI à fiscalité propre au 1er janvier 2026',
    publisher: 'DGCL (ministère de l’Intérieur)',
    licence: 'Licence Ouverte (Etalab)',
  },
  {
    what: 'Code officiel géographique : communes, communes déléguées et associées, anciens codes',
    publisher: 'INSEE',
    licence: 'Licence Ouverte (Etalab)',
  },
  {
    what: 'Paquet npm @etalab/decoupage-administratif, qui rassemble ces deux listes',
    publisher: 'Etalab',
    licence: 'MIT',
  },
];

/** 2026-01-01 → « 1er janvier 2026 ». */
export function formatVintage(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  return `${day === 1 ? '1er' : day} ${months[month - 1]} ${year}`;
}

/** The paragraphs of the method page on the crosswalk, as plain text. */
export function methodParagraphs(facts: CrosswalkFacts): string[] {
  const n = formatNumber;
  return [
    `Les intercommunalités sont celles du ${formatVintage(facts.vintage)} : ${n(facts.epci)} EPCI à fiscalité propre couvrent les quatre départements, et aucun ne déborde de l’ancienne région.`,
    `Chacune des ${n(facts.communes2008)} communes de 2008 est suivie jusqu’à la commune d’aujourd’hui par l’historique de l’INSEE (anciens codes, communes déléguées et associées) : elles forment ${n(facts.communes2026)} communes en 2026, dont ${n(facts.communesNouvelles)} communes nouvelles qui réunissent ${n(facts.mergedCommunes2008)} communes de 2008. Chaque commune d’aujourd’hui appartient à un seul EPCI ; la construction s’arrête sinon.`,
    'Les contours des EPCI sont ceux des communes de 2016 réunies selon l’appartenance d’aujourd’hui ; les parts sont celles des communes et de la population de 2008 (les communes isolées de 2008, sans chiffre de population, ne comptent pas dans les parts de population).',
    `Source : ${facts.source}.`,
  ];
}
