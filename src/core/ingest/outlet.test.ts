import { describe, expect, it } from 'vitest';
import { cleanOutletName, hostOf, outletFromHost, siteLabel } from './outlet';

describe('hostOf and siteLabel', () => {
  it('find the label that names the site', () => {
    expect(hostOf('http://www.bbc.co.uk/news/uk')).toBe('bbc.co.uk');
    expect(hostOf('www.example.com/a')).toBe('example.com');
    expect(hostOf('not a url')).toBeNull();
    expect(siteLabel('bbc.co.uk')).toBe('bbc');
    expect(siteLabel('usatoday30.usatoday.com')).toBe('usatoday');
    expect(siteLabel('abcnews.go.com')).toBe('abcnews');
    expect(siteLabel('malialitman.wordpress.com')).toBe('malialitman');
    expect(siteLabel('en.trend.az')).toBe('trend');
    expect(siteLabel('dw.com')).toBe('dw');
  });
});

describe('outletFromHost', () => {
  it('uses how the article spells the name, then the label', () => {
    const text =
      'Source: http://www.harborlights.com/x\n\nPrice has left, Harbor Lights has confirmed.';
    expect(outletFromHost('harborlights.com', text)).toBe('Harbor Lights');
    expect(outletFromHost('accesshollywood.com', 'Source: http://www.accesshollywood.com/x')).toBe(
      'Accesshollywood',
    );
    expect(outletFromHost('ktla.com', '')).toBe('KTLA');
    expect(outletFromHost('edition.cnn.com', '')).toBe('CNN');
    expect(outletFromHost('www.foxnews.com', '')).toBe('Fox News');
  });
});

describe('cleanOutletName', () => {
  it('drops legal suffixes', () => {
    expect(cleanOutletName('Coinspeaker Ltd.')).toBe('Coinspeaker');
    expect(cleanOutletName('Example Media Group, Inc.')).toBe('Example');
    expect(cleanOutletName('The Guardian')).toBe('The Guardian');
  });
});
