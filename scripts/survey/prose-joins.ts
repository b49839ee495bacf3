/**
 * Prose cells are cut into sentences, but some sentences only continue the one before them (its
 * funding, its equipment): they are glued back, so that a practice reads on its own. Reviewed by
 * hand; keyed by territory, column and the beginning of the sentence. The build fails if an entry
 * is not used.
 */
import type { Column, TerritoryId } from '../../src/lib/schema';

export interface ProseJoin {
  territory: TerritoryId;
  column: Column;
  /** The beginning of the sentence that continues the previous one, as in the survey. */
  startsWith: string;
  reason: string;
}

export const PROSE_JOINS: ProseJoin[] = [
  {
    territory: 'pays-haute-saintonge',
    column: 'moyens',
    startsWith: 'Equipement dans chaque commune',
    reason: "l'équipement des communes est celui du SIG décrit juste avant",
  },
  {
    territory: 'pays-marennes-oleron',
    column: 'rh',
    startsWith: 'Financement spécifique à la CC par le pays',
    reason: 'le financement est celui de la convention de gestion du personnel',
  },
  {
    territory: 'pays-rochefortais',
    column: 'moyens',
    startsWith: 'Financement de 2 postes permanents',
    reason: 'les postes sont ceux des EPN mutualisés de la phrase précédente',
  },
  {
    territory: 'pays-rochefortais',
    column: 'moyens',
    startsWith: "Création de l'association Archipel",
    reason: "l'association porte la mutualisation des EPN",
  },
  {
    territory: 'pays-vals-de-saintonge',
    column: 'moyens',
    startsWith: 'Achat matériel, logiciels',
    reason: 'les achats sont ceux du SIG décrit juste avant',
  },
];
