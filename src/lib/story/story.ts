/** The guided tour: data/story.json checked, its sentences filled from the dataset. */
import * as v from 'valibot';
import { parseHash, serializeHash, type ViewState, type Vocabulary } from '../url-state';
import { fillSentence, StoryError, type StoryData } from './facts';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));

export const StorySchema = v.strictObject({
  steps: v.pipe(
    v.array(
      v.strictObject({
        id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
        title: text,
        /** Two to four sentences; numbers as placeholders (see facts.ts). */
        sentences: v.pipe(v.array(text), v.minLength(2), v.maxLength(4)),
        /** The view, as a permalink fragment (`#mode=type`); `#` is the opening view. */
        view: v.pipe(v.string(), v.startsWith('#')),
      }),
    ),
    v.minLength(1),
  ),
});
export type Story = v.InferOutput<typeof StorySchema>;

export interface TourStep {
  id: string;
  title: string;
  /** The sentences, filled, as one paragraph. */
  text: string;
  view: ViewState;
}

/**
 * The view a step shows, or a StoryError when its fragment holds anything the app would drop
 * (an unknown id, a misspelt key): a presenter's slide must show what its author meant.
 */
export function stepView(fragment: string, vocab: Vocabulary): ViewState {
  const view = parseHash(fragment, vocab);
  const canonical = serializeHash(view) || '#';
  const asWritten = (hash: string) => new Set(hash.replace(/^#/, '').split('&').filter(Boolean));
  const lost = [...asWritten(fragment)].filter((pair) => !asWritten(canonical).has(pair));
  if (lost.length) throw new StoryError(`Visite guidée : la vue « ${fragment} » contient des éléments inconnus (${lost.join(', ')}).`);
  return view;
}

/** Checks the story file and fills its steps; throws a StoryError with a French message. */
export function tourSteps(raw: unknown, data: StoryData, vocab: Vocabulary): TourStep[] {
  const parsed = v.safeParse(StorySchema, raw);
  if (!parsed.success) throw new StoryError('Le fichier « data/story.json » ne suit pas le format attendu.');
  return parsed.output.steps.map((step) => ({
    id: step.id,
    title: step.title,
    text: step.sentences.map((s) => fillSentence(data, s)).join(' '),
    view: stepView(step.view, vocab),
  }));
}

/** The step to show for a `tour=` value: within the story, from 1. */
export const clampStep = (step: number, count: number): number => Math.min(Math.max(1, Math.round(step)), Math.max(1, count));
