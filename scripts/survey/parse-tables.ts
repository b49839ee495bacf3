/**
 * Reads the survey export into its table rows, each with its département.
 *
 * The export is a run of tables, one or more per département, each opened by the header line
 * « COLLECTIVITE ⇥ RESSOURCES HUMAINES ⇥ MOYENS-OUTILS- MATERIEL » and closed by a blank line.
 * A table is usually preceded by its département's name, or by « <département> (suite) » when it
 * continues the previous one; two of them (Deux-Sèvres, then Vienne) lost that heading. The survey
 * lists its départements in numeric order, and a continuation is always marked « (suite) », so a
 * table without heading starts the next département.
 */
import { fold } from './fold';

export const DEPARTEMENTS = [
  { code: '16', name: 'Charente' },
  { code: '17', name: 'Charente-Maritime' },
  { code: '79', name: 'Deux-Sèvres' },
  { code: '86', name: 'Vienne' },
] as const;
export type DepartementCode = (typeof DEPARTEMENTS)[number]['code'];

export interface SurveyRow {
  /** 1-based line of the row in the source, for error messages. */
  line: number;
  /** 1-based index of the table in the source. */
  table: number;
  departement: DepartementCode;
  /** How the département was known: from the table's heading or inferred from the order. */
  departementFrom: 'heading' | 'order';
  nameCell: string;
  rhCell: string;
  moyensCell: string;
}

export interface SurveyTables {
  /** First non-empty line of the export. */
  title: string;
  /** ISO date of the workshop, from « le 23 septembre 2008 ». */
  date: string;
  rows: SurveyRow[];
}

export class SurveyFormatError extends Error {}

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

function headingOf(line: string): { code: DepartementCode; continued: boolean } | null {
  const m = /^(.*?)(\s*\(suite\))?$/.exec(fold(line).replace(/-/g, ' '));
  const dep = DEPARTEMENTS.find((d) => fold(d.name).replace(/-/g, ' ') === m![1]);
  return dep ? { code: dep.code, continued: Boolean(m![2]) } : null;
}

const isHeader = (line: string) => fold(line.split('\t')[0]) === 'collectivite' && line.includes('\t');

function dateOf(lines: string[]): string {
  for (const line of lines) {
    const m = /^le (\d{1,2}) ([a-z]+) (\d{4})$/.exec(fold(line));
    const month = m ? MONTHS.indexOf(m[2]) : -1;
    if (m && month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  }
  throw new SurveyFormatError('date de l’atelier introuvable (ligne « le <jour> <mois> <année> »)');
}

export function parseTables(source: string): SurveyTables {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const title = lines.find((l) => l.trim())?.trim();
  if (!title) throw new SurveyFormatError('source vide');
  const rows: SurveyRow[] = [];
  let heading: { code: DepartementCode; continued: boolean; line: number } | null = null;
  let previous: DepartementCode | null = null;
  let table = 0;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isHeader(line)) {
      if (line.includes('\t')) throw new SurveyFormatError(`ligne ${i + 1} : ligne de tableau hors d'un tableau`);
      const h = headingOf(line.trim());
      if (h) heading = { ...h, line: i + 1 };
      continue;
    }
    table++;
    let departement: DepartementCode;
    let from: SurveyRow['departementFrom'];
    if (heading) {
      if (heading.continued && heading.code !== previous) {
        throw new SurveyFormatError(`ligne ${heading.line} : « (suite) » d'un département qui ne précède pas`);
      }
      if (!heading.continued && heading.code === previous) {
        throw new SurveyFormatError(`ligne ${heading.line} : département répété sans « (suite) »`);
      }
      departement = heading.code;
      from = 'heading';
    } else {
      const at = DEPARTEMENTS.findIndex((d) => d.code === previous);
      const next: (typeof DEPARTEMENTS)[number] | undefined = previous === null ? undefined : DEPARTEMENTS[at + 1];
      if (!next) {
        throw new SurveyFormatError(`ligne ${i + 1} : tableau sans intitulé de département, impossible à situer`);
      }
      departement = next.code;
      from = 'order';
    }
    heading = null;
    previous = departement;

    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== ''; j++) {
      const cells = lines[j].split('\t');
      if (cells.length !== 3) {
        throw new SurveyFormatError(`ligne ${j + 1} : ${cells.length} cellules au lieu de 3 (territoire, RH, moyens)`);
      }
      rows.push({
        line: j + 1,
        table,
        departement,
        departementFrom: from,
        nameCell: cells[0],
        rhCell: cells[1],
        moyensCell: cells[2],
      });
    }
    if (j === i + 1) throw new SurveyFormatError(`ligne ${i + 1} : tableau vide`);
    i = j;
  }
  if (table === 0) throw new SurveyFormatError('aucun tableau trouvé');
  return { title, date: dateOf(lines), rows };
}
