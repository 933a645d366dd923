/** Reads the files of a content folder for kb/ (which does no I/O itself). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../kb/content/check.ts';
import {
  KNELPUNTEN_FILE,
  type KnowledgeBaseFiles,
  RELATED_FILE,
  RENAMES_FILE,
  SYNONYMS_FILE,
  ZOEKVRAGEN_FILE,
} from '../kb/search/knowledge-base.ts';

export const ROOT = join(import.meta.dirname, '..');
export const CONTENT_DIR = join(ROOT, 'content');
export const INDEX_DIR = join(ROOT, 'extension', 'public', 'kb');

/** Every `.md` file below `root` except README.md files, with paths relative to `root`. */
export function readContentFiles(root: string = CONTENT_DIR): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.isFile() && d.name.endsWith('.md') && d.name !== 'README.md') {
        out.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function readKnowledgeBaseFiles(root: string = CONTENT_DIR): KnowledgeBaseFiles {
  const side = (name: string): SourceFile | undefined => {
    const p = join(root, name);
    return existsSync(p) ? { path: name, text: readFileSync(p, 'utf8') } : undefined;
  };
  return {
    entries: readContentFiles(root),
    synonyms: side(SYNONYMS_FILE),
    renames: side(RENAMES_FILE),
    knelpunten: side(KNELPUNTEN_FILE),
    related: side(RELATED_FILE),
    zoekvragen: side(ZOEKVRAGEN_FILE),
  };
}
