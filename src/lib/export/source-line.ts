import type { Dataset } from '../schema';
import { STATUS_LABEL } from '../labels';

/** « 23 septembre 2008 » from an ISO date, read as a calendar day whatever the time zone. */
function frenchDate(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The survey's credit line, with the statuses kept when the filter narrows them. */
export function surveySourceLine(dataset: Dataset, statuses: readonly string[]): string {
  const { publisher, title, date } = dataset.source;
  const kept = statuses.length ? ` Statuts retenus : ${statuses.map((s) => STATUS_LABEL[s] ?? s).join(', ')}.` : '';
  return `Source : ${publisher}, « ${title} », ${frenchDate(date)}.${kept}`;
}
