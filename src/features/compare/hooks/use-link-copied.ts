import { createContext, useContext } from 'react';

/** Tells the comparison's live region what happened to a copied link ("Link copied"). */
export const LinkCopiedContext = createContext<(message: string) => void>(() => undefined);

/** The function that announces the result of copying a claim link. */
export function useLinkCopied(): (message: string) => void {
  return useContext(LinkCopiedContext);
}
