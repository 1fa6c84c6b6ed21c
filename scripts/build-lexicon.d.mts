/** Types of build-lexicon.mjs, for the test that checks the committed table is up to date. */
export declare const OUTPUT_FILE: string;
export declare const INPUT_FILES: readonly string[];
export declare function wordnetDb(): { dictDir: string; version: string };
export declare function inputsSha256(dictDir: string): string;
export declare function buildLexicon(db: { dictDir: string; version: string }): {
  text: string;
  figures: Record<string, unknown>;
};
