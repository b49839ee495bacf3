import { describe, expect, it } from 'vitest';
import { changedEntries, outlineChanged } from '../src/map/diff';

describe('changedEntries', () => {
  it('sends nothing when the map already shows the wanted colours', () => {
    const fills = { 'pays-mellois': '#2c7fb8', 'ca-niort': '#7fcdbb' };
    expect(changedEntries(fills, { ...fills })).toEqual([]);
  });

  it('sends only the territories whose colour changed, and those never drawn', () => {
    const drawn = { 'pays-mellois': '#2c7fb8', 'ca-niort': '#7fcdbb', 'pays-gatine': '#c7e9b4' };
    const wanted = { 'pays-mellois': '#2c7fb8', 'ca-niort': '#dedcd6', 'pays-gatine': '#c7e9b4', 'pays-civraisien': '#253494' };
    expect(changedEntries(drawn, wanted)).toEqual([
      ['ca-niort', '#dedcd6'],
      ['pays-civraisien', '#253494'],
    ]);
  });
});

describe('outlineChanged', () => {
  const overview = new Map([['pays-mellois', 'overview shape']]);
  const detailed = new Map([['pays-mellois', 'detailed shape']]);

  it('draws nothing again when the same territories are wanted from the same shapes', () => {
    expect(outlineChanged({ ids: ['pays-mellois'], shapes: overview }, { ids: ['pays-mellois'], shapes: overview })).toBe(false);
    expect(outlineChanged({ ids: [], shapes: overview }, { ids: [], shapes: overview })).toBe(false);
  });

  it('draws again when the territories change, their order included', () => {
    expect(outlineChanged({ ids: [], shapes: overview }, { ids: ['pays-mellois'], shapes: overview })).toBe(true);
    expect(outlineChanged({ ids: ['pays-mellois'], shapes: overview }, { ids: [], shapes: overview })).toBe(true);
    expect(outlineChanged({ ids: ['a', 'b'], shapes: overview }, { ids: ['b', 'a'], shapes: overview })).toBe(true);
    expect(outlineChanged({ ids: ['a'], shapes: overview }, { ids: ['a', 'b'], shapes: overview })).toBe(true);
  });

  it('draws a shown outline again from new shapes, but not an empty one', () => {
    expect(outlineChanged({ ids: ['pays-mellois'], shapes: overview }, { ids: ['pays-mellois'], shapes: detailed })).toBe(true);
    expect(outlineChanged({ ids: [], shapes: overview }, { ids: [], shapes: detailed })).toBe(false);
  });
});
