/** The pictograms' drawing grid, in units: kept apart so a page can size a pictogram before the drawings load. */
export const PICTOGRAM_GRID = 24;
