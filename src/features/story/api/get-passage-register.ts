import { parseRegister } from '../../../core/anchoring/passage-register';
import type { PassageRegister } from '../../../core/anchoring/passage-register';

const loaded = new Map<string, Promise<PassageRegister | null>>();

/**
 * A shipped story's passage register, fetched once per page (it never changes while the page
 * is open); null when there is none, or it cannot be fetched or read — short links to passages
 * the story no longer has are then reported as unknown, nothing else breaks.
 */
export function loadPassageRegister(url: string | null): Promise<PassageRegister | null> {
  if (!url) return Promise.resolve(null);
  let register = loaded.get(url);
  if (!register) {
    register = fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => {
        const parsed = data === null ? null : parseRegister(data);
        return parsed?.ok ? parsed.register : null;
      })
      .catch(() => null);
    loaded.set(url, register);
  }
  return register;
}
