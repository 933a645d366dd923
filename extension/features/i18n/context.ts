import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Translate, translator } from './messages';

export const I18nContext = createContext<Translate>(translator('nl'));

export function useT(): Translate {
  return useContext(I18nContext);
}
