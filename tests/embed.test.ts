import { describe, expect, it } from 'vitest';
import { embedHref, hashWithQueryTour, isEmbedded, leaveEmbedHref } from '../src/lib/embed';

describe('embed mode', () => {
  it('is on for embed=1 only', () => {
    expect(isEmbedded('?embed=1')).toBe(true);
    expect(isEmbedded('?lang=fr&embed=1')).toBe(true);
    expect(isEmbedded('')).toBe(false);
    expect(isEmbedded('?embed=10')).toBe(false);
    expect(isEmbedded('?embed=0')).toBe(false);
  });

  it('the way out keeps the view and every other parameter', () => {
    expect(leaveEmbedHref('https://atlas.example/?embed=1#t=pays-mellois&themes=sig')).toBe(
      'https://atlas.example/#t=pays-mellois&themes=sig',
    );
    expect(leaveEmbedHref('https://atlas.example/carte/?embed=1&source=partenaire#t=ca-niort')).toBe(
      'https://atlas.example/carte/?source=partenaire#t=ca-niort',
    );
    expect(leaveEmbedHref('https://atlas.example/?source=partenaire&embed=1&lang=fr')).toBe(
      'https://atlas.example/?source=partenaire&lang=fr',
    );
  });

  it("leaves the frame's camera behind: the whole atlas frames the view itself", () => {
    expect(leaveEmbedHref('https://atlas.example/?embed=1#t=pays-mellois&map=8.2/46.2/-0.1')).toBe('https://atlas.example/#t=pays-mellois');
    expect(leaveEmbedHref('https://atlas.example/?embed=1#map=7/46/0&themes=sig')).toBe('https://atlas.example/#themes=sig');
  });

  it('drops embed=10 whole instead of leaving a stray digit', () => {
    expect(leaveEmbedHref('https://atlas.example/?embed=10&source=partenaire#t=ca-niort')).toBe(
      'https://atlas.example/?source=partenaire#t=ca-niort',
    );
  });

  it('embedding a view and leaving it again gives the same address', () => {
    const href = 'https://atlas.example/?source=partenaire#t=pays-gatine&cmp=pays-gatine,ca-niort';
    const embedded = embedHref(href);
    expect(isEmbedded(new URL(embedded).search)).toBe(true);
    expect(embedded).toContain('#t=pays-gatine&cmp=pays-gatine,ca-niort');
    expect(leaveEmbedHref(embedded)).toBe(href);
  });

  it('starts the guided tour at the step the query names, keeping the view of the hash', () => {
    expect(hashWithQueryTour('?embed=1&tour=1', '')).toBe('#tour=1');
    expect(hashWithQueryTour('?embed=1&tour=3', '#mode=type')).toBe('#mode=type&tour=3');
    // The hash's own step wins; no step, or a malformed one, changes nothing.
    expect(hashWithQueryTour('?embed=1&tour=3', '#tour=5')).toBeNull();
    expect(hashWithQueryTour('?embed=1&tour=3', '#t=ca-niort&tour=5')).toBeNull();
    expect(hashWithQueryTour('?embed=1', '#mode=type')).toBeNull();
    expect(hashWithQueryTour('?embed=1&tour=0', '')).toBeNull();
    expect(hashWithQueryTour('?embed=1&tour=%3Cb%3E', '')).toBeNull();
  });
});
