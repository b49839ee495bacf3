import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataset, root } from './survey-fixtures';
import { tourSteps, stepView, clampStep } from '../src/lib/story/story';
import { fillSentence, PLACEHOLDER, StoryError } from '../src/lib/story/facts';
import { cameraMove, moveCamera, prefersReducedMotion } from '../src/lib/story/motion';
import { tourAction } from '../src/lib/story/keys';
import { parseHash, serializeHash } from '../src/lib/url-state';
import { STATUS_IDS } from '../src/lib/schema';
import type { Composition } from '../src/lib/geo/types';

const composition = JSON.parse(readFileSync(`${root}geo/composition.json`, 'utf8')) as Composition;
const story = JSON.parse(readFileSync(`${root}data/story.json`, 'utf8')) as {
  steps: { id: string; title: string; sentences: string[]; view: string }[];
};
// The independent side: the raw file, read without the app's types or helpers.
const raw = JSON.parse(readFileSync(`${root}data/practices.json`, 'utf8')) as {
  themes: { id: string; label: string }[];
  forms: { id: string; label: string }[];
  territories: { id: string; name: string; kind: string; surveyStatus: string; declared: { communes: number }; practices: { status: string; themes: string[]; forms: string[] }[] }[];
};
const vocab = { territories: raw.territories.map((t) => t.id), themes: raw.themes.map((t) => t.id), statuses: [...STATUS_IDS] };
const data = { dataset, composition };
const all = raw.territories.flatMap((t) => t.practices);
const ofKind = (kind: string) => raw.territories.filter((t) => t.kind === kind);
const fr = (n: number) => n.toLocaleString('fr-FR', { maximumFractionDigits: 1 });

/** What each placeholder must say, computed here from the raw file. */
function expected(name: string, args: string[]): string {
  const [a, b] = args;
  const max = Math.max(...raw.territories.map((t) => t.practices.length));
  switch (name) {
    case 'territories': return fr(raw.territories.length);
    case 'practices': return fr(all.length);
    case 'maxPractices': return fr(max);
    case 'mostActive': return raw.territories.filter((t) => t.practices.length === max).map((t) => t.name).join(' et ');
    case 'noInformation': return raw.territories.filter((t) => t.surveyStatus === 'no-information').map((t) => t.name).join(' et ');
    case 'noPractice': return raw.territories.filter((t) => t.practices.length === 0 && t.surveyStatus !== 'no-information').map((t) => t.name).join(' et ');
    case 'theme': return raw.themes.find((t) => t.id === a)!.label;
    case 'form': return raw.forms.find((f) => f.id === a)!.label;
    case 'territoriesWithTheme': return fr(raw.territories.filter((t) => t.practices.some((p) => p.themes.includes(a))).length);
    case 'practicesWithTheme': return fr(all.filter((p) => p.themes.includes(a)).length);
    case 'practicesWithForm': return fr(all.filter((p) => p.forms.includes(a)).length);
    case 'practicesWithStatus': return fr(all.filter((p) => p.status === a).length);
    case 'practicesOf': return fr(raw.territories.find((t) => t.id === a)!.practices.length);
    case 'territoriesOfKind': return fr(ofKind(a).length);
    case 'practicesOfKind': return fr(ofKind(a).flatMap((t) => t.practices).length);
    case 'meanPracticesOfKind': {
      const informed = ofKind(a).filter((t) => t.surveyStatus !== 'no-information');
      return fr(informed.flatMap((t) => t.practices).length / informed.length);
    }
    case 'practicesOfKindWithForm': return fr(ofKind(a).flatMap((t) => t.practices).filter((p) => p.forms.includes(b)).length);
    case 'declaredOtherCommunes': return fr(raw.territories.filter((t) => composition[t.id].communes !== t.declared.communes).length);
    default: throw new Error(`no independent computation for ${name}`);
  }
}

describe('the guided tour', () => {
  const steps = tourSteps(story, data, vocab);

  it('tells six to eight steps, each a title and two to four sentences', () => {
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(steps.length).toBeLessThanOrEqual(8);
    for (const step of story.steps) {
      expect(step.title.length).toBeGreaterThan(3);
      expect(step.sentences.length).toBeGreaterThanOrEqual(2);
      expect(step.sentences.length).toBeLessThanOrEqual(4);
    }
  });

  it('types no number: every figure is a placeholder', () => {
    for (const step of story.steps) {
      for (const sentence of step.sentences) expect(sentence.replace(PLACEHOLDER, '').replace(/20\d\d/g, '')).not.toMatch(/\d/);
    }
  });

  it('fills every placeholder with what the survey data says', () => {
    let checked = 0;
    for (const step of story.steps) {
      for (const sentence of step.sentences) {
        for (const match of sentence.matchAll(PLACEHOLDER)) {
          const args = match[2] ? match[2].slice(1).split(':') : [];
          expect(fillSentence(data, match[0]), match[0]).toBe(expected(match[1], args));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(steps.map((s) => s.text).join(' ')).not.toMatch(/[{}]/);
  });

  it('says true things about which forms lead', () => {
    const rank = (practices: { forms: string[] }[]) =>
      raw.forms.map((f) => f.id).sort((x, y) => practices.filter((p) => p.forms.includes(y)).length - practices.filter((p) => p.forms.includes(x)).length);
    expect(rank(all).slice(0, 3)).toEqual(['service-commun', 'personnel', 'coordination']);
    expect(rank(all).at(-1)).toBe('achat-groupe');
    expect(rank(ofKind('agglomeration').flatMap((t) => t.practices))[0]).toBe('service-commun');
    expect(rank(ofKind('pays').flatMap((t) => t.practices))[0]).toBe('personnel');
  });

  it('gives each step a view that is a valid permalink of known ids', () => {
    for (const step of story.steps) {
      const view = parseHash(step.view, vocab);
      expect(serializeHash(view) || '#').toBe(step.view);
      for (const id of [view.t, ...view.cmp].filter(Boolean)) expect(vocab.territories).toContain(id);
    }
    expect(steps.find((s) => s.id === 'sig')!.view.themes).toEqual(['sig']);
    expect(steps.find((s) => s.id === 'formes')!.view.mode).toBe('type');
  });

  it('rejects a view or a placeholder it does not know, in French', () => {
    expect(() => stepView('#themes=sigg', vocab)).toThrow(StoryError);
    expect(() => stepView('#t=pays-ile-de-re&zoom=3', vocab)).toThrow(/inconnus/);
    expect(() => fillSentence(data, '{territoriesWithTheme:cadastre} territoires')).toThrow(/inconnu/);
    expect(() => fillSentence(data, '{practicesWithThem:sig}')).toThrow(/inconnue/);
    expect(() => tourSteps({ steps: [{ id: 'x', title: 'x', sentences: ['une'], view: '#' }] }, data, vocab)).toThrow(/data\/story\.json/);
  });

  it('keeps a linked step within the story', () => {
    expect(clampStep(3, steps.length)).toBe(3);
    expect(clampStep(99, steps.length)).toBe(steps.length);
    expect(clampStep(0, steps.length)).toBe(1);
  });
});

describe('camera motion', () => {
  it('flies to a step, or jumps when the user prefers reduced motion', () => {
    const calls: string[] = [];
    const camera = { flyTo: () => calls.push('flyTo'), jumpTo: () => calls.push('jumpTo') };
    moveCamera(camera, { zoom: 8 }, false);
    moveCamera(camera, { zoom: 8 }, true);
    moveCamera(camera, { zoom: 8 }, prefersReducedMotion((q) => ({ matches: q === '(prefers-reduced-motion: reduce)' })));
    expect(calls).toEqual(['flyTo', 'jumpTo', 'jumpTo']);
    expect(cameraMove(prefersReducedMotion(undefined))).toBe('flyTo');
  });
});

describe('tour keys', () => {
  it('moves with the arrows, leaves with Escape, and leaves text fields and the map their arrows', () => {
    expect(tourAction({ key: 'ArrowRight' })).toBe('next');
    expect(tourAction({ key: 'ArrowLeft' })).toBe('previous');
    expect(tourAction({ key: 'Escape' })).toBe('close');
    expect(tourAction({ key: 'Escape', target: { tagName: 'INPUT' } })).toBe('close');
    expect(tourAction({ key: 'ArrowRight', target: { tagName: 'INPUT' } })).toBeNull();
    expect(tourAction({ key: 'ArrowLeft', target: { tagName: 'CANVAS', classList: { contains: (c) => c === 'maplibregl-canvas' } } })).toBeNull();
    expect(tourAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(tourAction({ key: 'ArrowRight', defaultPrevented: true })).toBeNull();
    expect(tourAction({ key: 'a' })).toBeNull();
  });
});
