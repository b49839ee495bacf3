import type { ThemeId } from '../schema';

/**
 * One colour per theme, for the compact form of many layers (a grid of dots) and its key in the legend.
 * Kelly's colours of maximum contrast, without white, black and the greys that read as « faded »;
 * the three themes the atlas leads with get the three most distinct.
 */
export const THEME_COLORS: Record<ThemeId, string> = {
  sig: '#0067A5',
  habitat: '#BE0032',
  'lecture-publique': '#F3C300',
  'commande-publique': '#008856',
  urbanisme: '#F38400',
  numerique: '#875692',
  economie: '#A1CAF1',
  'tourisme-communication': '#E68FAC',
  'culture-patrimoine': '#882D17',
  environnement: '#8DB600',
  'voirie-technique': '#654522',
  administration: '#604E97',
  ingenierie: '#F99379',
  gouvernance: '#B3446C',
  'enfance-social': '#DCD300',
  'formation-securite': '#E25822',
  sport: '#2B3D26',
};
