import { describe, expect, it } from 'vitest';
import { notEnglishNote, otherLanguage } from './language';

const TEXTS: [string, string][] = [
  [
    'German',
    'Die Küstenstraße wurde am Dienstag nach einem Erdrutsch in der Nähe des Hafens gesperrt, teilte die Verkehrsbehörde mit. Nach Angaben der Polizei wurde niemand verletzt. Die Reparatur soll drei Wochen dauern, sagte der Gouverneur am Abend.',
  ],
  [
    'French',
    'La route côtière a été fermée mardi après un glissement de terrain près du port, a indiqué l’agence des transports. Selon la police, personne n’a été blessé. Les réparations devraient durer trois semaines, a déclaré le gouverneur dans la soirée.',
  ],
  [
    'Spanish',
    'La carretera costera fue cerrada el martes después de un deslizamiento de tierra cerca del puerto, informó la agencia de transporte. Según la policía, nadie resultó herido. Las reparaciones durarán tres semanas, dijo el gobernador por la noche.',
  ],
  [
    'Dutch',
    'De kustweg werd dinsdag afgesloten na een aardverschuiving bij de haven, meldde het vervoersagentschap. Volgens de politie raakte niemand gewond. De reparatie duurt naar verwachting drie weken, zei de gouverneur in de avond.',
  ],
  [
    'Russian',
    'Прибрежное шоссе было закрыто во вторник после оползня недалеко от гавани, сообщило транспортное агентство. По данным полиции, никто не пострадал. Ремонт займёт три недели, заявил губернатор вечером. Жители города говорят, что объездная дорога уже перегружена, а автобусы опаздывают на час. Власти обещают открыть одну полосу к концу месяца.',
  ],
];

describe('otherLanguage', () => {
  it.each(TEXTS)('names %s', (language, text) => {
    // Russian lies close to Bulgarian in franc's profiles: both may be named.
    const name = otherLanguage(text);
    if (language === 'Russian') expect(name).toMatch(/^Russian(?: or \p{L}+)?$/u);
    else expect(name).toBe(language);
    expect(otherLanguage(`<html><body><h1>x</h1><p>${text}</p></body></html>`)).toBe(
      otherLanguage(text),
    );
  });

  it('says nothing of English, short texts or English with foreign names and quotes', () => {
    expect(
      otherLanguage(
        'The state transport agency closed the coastal highway on Tuesday after a landslide near the harbour, officials said. ' +
          'The mayor of Saint-Étienne-du-Rouvray, Jean-Pierre Lefèvre, said: "Nous sommes prêts." Repairs could take three weeks.',
      ),
    ).toBeNull();
    expect(otherLanguage('Erdrutsch sperrt Küstenstraße')).toBeNull();
  });

  it('gives two names when two score alike, and none when it cannot tell', () => {
    expect(
      otherLanguage(
        'Прибрежное шоссе было закрыто во вторник после оползня недалеко от гавани, сообщило транспортное агентство. По данным полиции, никто не пострадал.',
      ),
    ).toMatch(/^\p{L}+ or \p{L}+$/u);
    expect(otherLanguage('xq zv '.repeat(40))).toBe('a language other than English');
  });
});

describe('notEnglishNote', () => {
  it('names the language and what the comparison reads', () => {
    expect(notEnglishNote(TEXTS[0]?.[1] ?? '')).toBe(
      'this article appears to be in German; the comparison reads English',
    );
    expect(notEnglishNote('The bridge closed on Monday after a barge struck a pier.')).toBeNull();
  });
});
