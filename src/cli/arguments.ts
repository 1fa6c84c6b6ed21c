/**
 * What one run of the command line is asked to do: FILEs that form one story (printed as one
 * JSON document), or `--story DIR` given once or more (one line of JSON per story, in order).
 */
export type Request = { kind: 'files'; files: string[] } | { kind: 'stories'; dirs: string[] };

/** The arguments as a request, or one line saying what is wrong with them. */
export type ParsedArguments = Request | { kind: 'problem'; problem: string };

/** How the command is called, for messages about its arguments. */
export const USAGE =
  'usage: npm run --silent analyze -- FILE [FILE ...]  or  --story DIR [--story DIR ...]';

/**
 * Reads the command line's arguments. A lone `--` is skipped wherever it stands (npm or a shell
 * wrapper may pass it through); `--story DIR` and `--story=DIR` name a story's folder; any other
 * argument that starts with `--` is refused, and every remaining argument is a FILE.
 * FILEs and `--story` cannot be mixed. No argument at all is left to the story limits, which
 * say that a story needs an article.
 *
 * @example parseArguments(['a.txt', 'b.txt']) // { kind: 'files', files: ['a.txt', 'b.txt'] }
 * @example parseArguments(['--story', 'x', '--story=y']) // { kind: 'stories', dirs: ['x', 'y'] }
 */
export function parseArguments(args: readonly string[]): ParsedArguments {
  const files: string[] = [];
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') continue;
    if (arg === '--story' || arg.startsWith('--story=')) {
      const dir = arg === '--story' ? args[++i] : arg.slice('--story='.length);
      if (!dir || (arg === '--story' && dir.startsWith('--'))) {
        return problem(`--story needs a folder; ${USAGE}`);
      }
      dirs.push(dir);
    } else if (arg.startsWith('--')) {
      return problem(`unknown option ${arg}; ${USAGE}`);
    } else files.push(arg);
  }
  if (dirs.length > 0 && files.length > 0) {
    return problem(`give FILEs (one story) or --story DIR (one or more), not both; ${USAGE}`);
  }
  return dirs.length > 0 ? { kind: 'stories', dirs } : { kind: 'files', files };
}

const problem = (text: string): ParsedArguments => ({ kind: 'problem', problem: text });
