/**
 * The rule engine: gives a practice its themes, forms and status from the keyword rules of
 * rules.ts, then applies the reviewed corrections of overrides.ts. Every decision carries a
 * short French sentence saying which rule made it, for the reader of the atlas.
 */
import { FORM_IDS, THEME_IDS, type Column, type FormId, type Status, type ThemeId } from '../../src/lib/schema';
import { fold } from './fold';
import type { Override } from './overrides';
import { STATUS_LABEL } from '../../src/lib/labels';
import {
  COLUMN_LABELS,
  FORM_BY_COLUMN,
  FORM_RULES,
  STATUS_RULES,
  THEME_FALLBACK_RULES,
  THEME_RULES,
  type KeywordRule,
} from './rules';

export interface Classification {
  themes: ThemeId[];
  forms: FormId[];
  status: Status;
  why: { themes: Partial<Record<ThemeId, string>>; forms: Partial<Record<FormId, string>>; status: string };
}

const compiled = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

function fires(rule: KeywordRule, folded: string, column: Column): boolean {
  if (rule.column && rule.column !== column) return false;
  if (rule.unless && regex(rule.unless).test(folded)) return false;
  return regex(rule.pattern).test(folded);
}

const keyword = (rule: KeywordRule) => `mot-clé “${rule.label}”`;

/** Classifies one practice by the keyword rules alone. */
export function classify(text: string, column: Column): Classification {
  const folded = fold(text);
  const why: Classification['why'] = { themes: {}, forms: {}, status: '' };

  for (const theme of THEME_IDS) {
    const rule = THEME_RULES[theme].find((r) => fires(r, folded, column));
    if (rule) why.themes[theme] = keyword(rule);
  }
  if (Object.keys(why.themes).length === 0) {
    for (const { theme, rule } of THEME_FALLBACK_RULES) {
      if (!why.themes[theme] && fires(rule, folded, column)) {
        why.themes[theme] = `à défaut d'un domaine nommé : ${keyword(rule)}`;
      }
    }
  }

  for (const form of FORM_IDS) {
    const rule = FORM_RULES[form].find((r) => fires(r, folded, column));
    if (rule) why.forms[form] = keyword(rule);
  }
  if (Object.keys(why.forms).length === 0) {
    why.forms[FORM_BY_COLUMN[column]] = `par défaut : colonne “${COLUMN_LABELS[column]}” de l'enquête`;
  }

  const statusRule = STATUS_RULES.find((r) => regex(r.pattern).test(folded));
  const status: Status = statusRule?.status ?? 'en-place';
  why.status = !statusRule
    ? `par défaut : ${STATUS_LABEL['en-place'].toLowerCase()}`
    : statusRule.at === 'start'
      ? `statut : “${statusRule.label}”`
      : `mot-clé de statut “${statusRule.label}”`;

  return {
    themes: THEME_IDS.filter((t) => t in why.themes),
    forms: FORM_IDS.filter((f) => f in why.forms),
    status,
    why,
  };
}

/**
 * Applies one reviewed correction. Throws when the correction no longer matches what the rules
 * give (it adds a class already found, removes one not found, or sets the same status), so a stale
 * entry is noticed instead of silently doing nothing.
 */
export function applyOverride(c: Classification, o: Override): Classification {
  const reason = `correction manuelle : ${o.reason}`;
  const fail = (what: string) => {
    throw new Error(`correction ${o.id} périmée : ${what}`);
  };
  const themes = { ...c.why.themes };
  for (const t of o.removeThemes ?? []) {
    if (!(t in themes)) fail(`le thème ${t} à retirer n'est pas attribué`);
    delete themes[t];
  }
  for (const t of o.addThemes ?? []) {
    if (t in themes) fail(`le thème ${t} à ajouter est déjà attribué`);
    themes[t] = reason;
  }
  const forms = { ...c.why.forms };
  for (const f of o.removeForms ?? []) {
    if (!(f in forms)) fail(`la forme ${f} à retirer n'est pas attribuée`);
    delete forms[f];
  }
  for (const f of o.addForms ?? []) {
    if (f in forms) fail(`la forme ${f} à ajouter est déjà attribuée`);
    forms[f] = reason;
  }
  if (o.status && o.status === c.status) fail(`le statut ${o.status} est déjà celui des règles`);
  const out: Classification = {
    themes: THEME_IDS.filter((t) => t in themes),
    forms: FORM_IDS.filter((f) => f in forms),
    status: o.status ?? c.status,
    why: { themes, forms, status: o.status ? `correction manuelle : ${o.statusReason ?? o.reason}` : c.why.status },
  };
  if (out.themes.length === 0) fail('plus aucun thème');
  if (out.forms.length === 0) fail('plus aucune forme');
  return out;
}
