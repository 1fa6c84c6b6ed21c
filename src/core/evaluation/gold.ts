/** A reference annotation of a story (fixtures/<story>/gold.json): quotes name sentences. */
export type GoldMember = { article: string; quote: string };

export type GoldSide = GoldMember & { value?: number | null; attribution?: string | null };

export type Gold = {
  story: string;
  articles: Record<string, string>;
  metadata?: Record<
    string,
    { outlet?: string | null; title?: string | null; published?: string | null; credits?: string }
  >;
  boilerplate?: GoldMember[];
  alignments?: { fact: string; strength: 'strong' | 'partial'; members: GoldMember[] }[];
  disagreements?: { kind: string; fact: string; sides: GoldSide[]; related?: GoldSide[] }[];
  quotes?: (GoldMember & { speaker: string })[];
  quantities?: (GoldMember & { value: number; unit?: string | null; attribution?: string })[];
  dates?: (GoldMember & { date: string })[];
  /** False when the story's numeric disagreements are not all listed. */
  exhaustiveNumeric?: boolean;
};
