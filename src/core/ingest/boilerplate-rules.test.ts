import { describe, expect, it } from 'vitest';
import { boilerplateReason, isMenuItem } from './boilerplate-rules';

describe('boilerplateReason', () => {
  it('marks cookie and consent banners, and leaves news about cookies alone', () => {
    for (const banner of [
      'We use cookies to give you the best experience on our website.',
      'By continuing to browse, you agree to our use of cookies.',
      'This site uses cookies for analytics and personalised ads.',
      'Accept all cookies',
      'You can manage your privacy settings at any time.',
    ]) {
      expect(boilerplateReason(banner), banner).toBe('consent');
    }
    for (const news of [
      'The bakery sold 300 cookies on Sunday morning.',
      'Regulators said websites must ask users before placing cookies.',
      'The court agreed to hear the case by continuing the session on Monday.',
    ]) {
      expect(boilerplateReason(news), news).toBeNull();
    }
  });

  it.each([
    ['Metanavigation', 'navigation'],
    ['5. Suche', 'navigation'],
    ['Skip to main content', 'navigation'],
    ['Choose from 30 Languages', 'language-picker'],
    ['Share this article', 'share'],
    ['Follow us on Twitter', 'share'],
    ['Sign up for our daily newsletter', 'newsletter'],
    ['12 Comments', 'comments'],
    ['Leave your thoughts and questions in the comments section below.', 'comments'],
    [
      'We try to block comments that use offensive language, all capital letters or appear to be spam.',
      'comment-policy',
    ],
    ['Views expressed in the comments do not represent those of Example Ltd.', 'disclaimer'],
    ['DW recommends', 'related'],
    ['Related: Kerry heads to Paris', 'related'],
    ['Read more', 'related'],
    ['Photo: U.S. Department of State/Flickr', 'photo-credit'],
    ['Image: Getty Images', 'photo-credit'],
    ['(AP Photo/Jacquelyn Martin)', 'photo-credit'],
    ['REUTERS/Kevin Lamarque', 'photo-credit'],
    ['mz/dr (dpa, AP, AFP)', 'agency-credit'],
    ['Reporting by Jane Doe; Editing by John Smith', 'agency-credit'],
    ['Source: http://www.example.com/news/2013/05/02/story', 'source'],
    ['© 2014 Example Media. All rights reserved.', 'copyright'],
    ['Copyright 2014 The Associated Press.', 'copyright'],
    ['Tags: Ukraine, Russia', 'tags'],
    ['By John Smith', 'byline'],
    ['Updated: June 8, 2012 18:40 IST', 'dateline'],
    ['Friday, June 7, 2013', 'dateline'],
    ['Subscribe to continue reading', 'paywall'],
    ['This article is for subscribers', 'paywall'],
    ['Already a subscriber? Log in', 'paywall'],
    ['Get unlimited access to the Times for 1 krona a week.', 'paywall'],
    ['Cancel anytime.', 'paywall'],
    ['Do you have a story for us?', 'contact'],
    ['Email newsdesk@example.com', 'contact'],
    ['This article appeared in the June 2024 issue of Transport Weekly.', 'source'],
    ['Staff writer', 'byline'],
    ['Economics editor', 'byline'],
    ['Transport Correspondent', 'byline'],
    ['Economy', 'navigation'],
    ['Breaking news', 'navigation'],
  ])('marks %s', (sentence, reason) => {
    expect(boilerplateReason(sentence)).toBe(reason);
  });

  it.each([
    'John Kerry and Sergei Lavrov met to discuss recent events in Ukraine.',
    'US officials have put the number at 40,000.',
    "The Kremlin has massed 100,000 Russian troops near Ukraine's eastern borders, according to Kyiv.",
    '"We will review the comments and remove offensive ones," the company said.',
    'The newspaper said its subscription numbers fell by 5% last year.',
    'Lavrov said on Saturday that Russia and the US were "getting closer in our positions."',
    'Share prices fell sharply in Moscow after the announcement of new sanctions.',
    'By Sunday evening the talks had ended without an agreement.',
    'Photographers waited outside the residence for hours.',
    "The festival ' s March 14 date sets it right in the way of a possible strike.",
    'Source of the dispute remains the annexation of Crimea.',
    'Subscribers to the service can cancel at any time, the regulator said.',
    'The editor resigned on Monday.',
    'The economy grew by 2% last year.',
    'Readers who already subscribe will not pay more, the company said.',
  ])('leaves news alone: %s', (sentence) => {
    expect(boilerplateReason(sentence)).toBeNull();
  });
});

describe('isMenuItem', () => {
  it('recognizes short list items', () => {
    expect(isMenuItem('1. Inhalt')).toBe(true);
    expect(isMenuItem('• Politics')).toBe(true);
    expect(isMenuItem('1. The talks resumed on Sunday in Paris after a long break.')).toBe(false);
    expect(isMenuItem('Inhalt')).toBe(false);
  });
});
