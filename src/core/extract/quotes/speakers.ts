import type { ScannedQuote } from './quote-scanner';
import { type NamedSource, type SourceContext, describeSource } from '../attribution/sources';
import { type CueSentence, headCue, tailCue } from './speaker-cues';
import type { QuoteMention, SpeakerVia } from '../types';

/** A scanned quotation placed in the sentences that hold its first and last words. */
export type PlacedQuote = ScannedQuote & { sentence: number; lastSentence: number };

const TERM_MAX_WORDS = 3;

/**
 * Gives quotations their speakers, one at a time in reading order: a cue right after the quote
 * ("…,” Kerry said"), else a cue before it in its sentence ("Lavrov said … that “…”"), else the
 * speaker of the quote it continues: an earlier quote in the same paragraph ("“A,” Kerry said.
 * “B.”"), a quote left open at the end of the previous paragraph, or — for a quotation that
 * opens its paragraph — the previous paragraph's last quote. Pronoun speakers resolve through
 * the article's people, and the sentences a person's quotation covers record that person as
 * their subject. Short quotes with no speaker cue (titles, scare quotes) are 'term's.
 */
export class SpeakerAssigner {
  private readonly lastSpoken = new Map<number, QuoteMention>();
  /** The last quotation left open at a paragraph's end, if it found no speaker. */
  private openWithoutSpeaker: QuoteMention | null = null;
  private readonly nextOf: Map<number, number | undefined>;

  constructor(
    private readonly ctx: SourceContext,
    private readonly sentences: ReadonlyMap<number, CueSentence>,
    order: readonly number[],
  ) {
    this.nextOf = new Map(order.map((s, k) => [s, order[k + 1]]));
  }

  /** The quotation with its speaker; call in reading order. */
  assign(quote: PlacedQuote): QuoteMention | null {
    const { ctx } = this;
    const first = this.sentences.get(quote.sentence);
    const last = this.sentences.get(quote.lastSentence);
    if (!first || !last) return null;
    const quoted = ctx.text.slice(quote.start, quote.end);
    const short = quoted.split(/\s+/).length <= TERM_MAX_WORDS;
    let speaker: NamedSource | null = null;
    let via: SpeakerVia = 'none';
    if (!quote.single) {
      // A few quoted words inside someone's sentence are a title or a term, not their speech.
      speaker = this.fromCue(quote, first, last, /[.]\W*$/.test(quoted), !short);
      if (speaker) via = speaker.via === 'name' || speaker.via === 'phrase' ? 'cue' : speaker.via;
    }
    const term = quote.single || (short && (via === 'none' || !/[,.!?]\W*$/.test(quoted)));
    if (!speaker && !term) {
      const previous = continuedFrom(ctx.text, quote, this.lastSpoken, first.paragraph);
      if (previous?.speaker) {
        speaker = inherited(ctx, previous);
        via = 'continuation';
      }
    }
    const mention: QuoteMention = {
      sentence: quote.sentence,
      lastSentence: quote.lastSentence,
      start: quote.start,
      end: quote.end,
      speaker: term ? null : (speaker?.name ?? null),
      speakerKey: term ? null : (speaker?.key ?? null),
      speakerSpan:
        !term && speaker && speaker.end > speaker.start
          ? { start: speaker.start, end: speaker.end }
          : null,
      via: term ? 'none' : via,
      kind: term ? 'term' : 'direct',
    };
    if (term) return mention;
    // "…\n\n…,” the source told us": the cue at the end names the speaker of the whole quote.
    const opened = this.openWithoutSpeaker;
    if (quote.continued && opened && mention.speaker && via !== 'continuation') {
      Object.assign(opened, {
        speaker: mention.speaker,
        speakerKey: mention.speakerKey,
        speakerSpan: mention.speakerSpan,
        via: 'continuation',
      });
    }
    this.openWithoutSpeaker = quote.close === null && mention.speaker === null ? mention : null;
    if (speaker?.person) {
      for (let s = quote.sentence; s <= quote.lastSentence; s++)
        ctx.people.recordSpeaker(s, speaker.key);
    }
    this.lastSpoken.set(first.paragraph, mention);
    this.lastSpoken.set(last.paragraph, mention);
    return mention;
  }

  private fromCue(
    quote: PlacedQuote,
    first: CueSentence,
    last: CueSentence,
    endsWithFullStop: boolean,
    allowHead: boolean,
  ): NamedSource | null {
    const next = this.sentences.get(this.nextOf.get(last.index) ?? -1);
    const cue =
      (quote.close === null ? null : tailCue(last, next, quote.close, endsWithFullStop)) ??
      (quote.open === null || !allowHead ? null : headCue(first, quote.open));
    return cue
      ? describeSource(this.ctx, cue.sentence.index, cue.sentence.tokens, cue.range)
      : null;
  }
}

function inherited(ctx: SourceContext, previous: QuoteMention): NamedSource {
  const key = previous.speakerKey ?? (previous.speaker ?? '').toLowerCase();
  return {
    name: previous.speaker ?? '',
    key,
    person: ctx.entities.people.has(key),
    start: previous.speakerSpan?.start ?? 0,
    end: previous.speakerSpan?.end ?? 0,
    via: 'phrase',
  };
}

/** The quotation this one carries on, if any (see `assignSpeakers`). */
function continuedFrom(
  text: string,
  quote: PlacedQuote,
  lastSpoken: ReadonlyMap<number, QuoteMention>,
  paragraph: number,
): QuoteMention | null {
  const sameParagraph = lastSpoken.get(paragraph);
  if (sameParagraph) return sameParagraph;
  const previous = lastSpoken.get(paragraph - 1);
  if (!previous) return null;
  return quote.continued || opensParagraph(text, quote) ? previous : null;
}

/**
 * Whether the quotation opens its paragraph: news starts a paragraph with a quote and no cue
 * when the previous paragraph's speaker goes on.
 */
function opensParagraph(text: string, quote: PlacedQuote): boolean {
  const lineStart = text.lastIndexOf('\n', quote.start) + 1;
  return !/[\p{L}\p{N}]/u.test(text.slice(lineStart, quote.start));
}
