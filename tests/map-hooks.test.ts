import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { panOnlyOnDrag, PAN_ON_DRAG_WARNING } from '../src/map/pan-on-drag';
import { publishForTests } from '../src/map/test-hooks';

/** A map whose handler manager holds a mouse pan handler with the given fields, as MapLibre 6 builds it. */
const mapWith = (mousePan: object | undefined) =>
  ({ _handlers: { _handlersById: mousePan ? { mousePan } : {} } }) as unknown as MapLibreMap;

describe('panOnlyOnDrag', () => {
  it('makes the mouse pan wait for a drag, silently, when MapLibre has the field', () => {
    const handler = { _activateOnStart: true };
    const warnings: string[] = [];
    expect(panOnlyOnDrag(mapWith(handler), (m) => warnings.push(m))).toBe(true);
    expect(handler._activateOnStart).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('changes nothing and says why on the console when the field is gone', () => {
    const renamed = { _activateOnPress: true };
    const warnings: string[] = [];
    expect(panOnlyOnDrag(mapWith(renamed), (m) => warnings.push(m))).toBe(false);
    expect(renamed).toEqual({ _activateOnPress: true });
    expect(panOnlyOnDrag(mapWith(undefined), (m) => warnings.push(m))).toBe(false);
    expect(warnings).toEqual([PAN_ON_DRAG_WARNING, PAN_ON_DRAG_WARNING]);
    expect(PAN_ON_DRAG_WARNING).toContain('_activateOnStart');
  });
});

describe('publishForTests', () => {
  const map = {} as MapLibreMap;

  it('publishes the map only to a page that asked for it', () => {
    const asked: { __atlasTestHooks?: boolean; __atlasMap?: MapLibreMap } = { __atlasTestHooks: true };
    expect(publishForTests(map, asked)).toBe(true);
    expect(asked.__atlasMap).toBe(map);

    const plain: { __atlasMap?: MapLibreMap } = {};
    expect(publishForTests(map, plain)).toBe(false);
    expect(plain.__atlasMap).toBeUndefined();
  });
});
