/** Loads the evaluation set and builds the two engines it compares. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';
import type { EvalQuery } from '../kb/search/evaluate.ts';
import { toIndexDoc } from '../kb/search/index-doc.ts';
import { buildKnowledgeBase } from '../kb/search/knowledge-base.ts';
import { KnowledgeIndex } from '../kb/search/search.ts';
import { FIELDS } from '../kb/search/search-options.ts';
import { ROOT, readKnowledgeBaseFiles } from './content-files.ts';

export function loadEvalSet(): EvalQuery[] {
  return parse(readFileSync(join(ROOT, 'test', 'eval', 'queries.yaml'), 'utf8')) as EvalQuery[];
}

export function ourSearch(): (q: string) => string[] {
  const { asset, problems } = buildKnowledgeBase(readKnowledgeBaseFiles(), { today: '2026-11-23' });
  if (!asset) throw new Error(`knowledge base has errors: ${problems[0]?.message}`);
  const index = KnowledgeIndex.load(asset.quick, asset.full);
  return (q) => index.search(q, { limit: 10, typing: true }).map((h) => h.id);
}

/** A plain MiniSearch with its defaults over the same fields and text: the baseline to beat. */
export function defaultMiniSearch(): (q: string) => string[] {
  const { asset } = buildKnowledgeBase(readKnowledgeBaseFiles(), { today: '2026-11-23' });
  if (!asset) throw new Error('knowledge base has errors');
  const mini = new MiniSearch({ fields: [...FIELDS] });
  mini.addAll(asset.full.entries.map(toIndexDoc));
  return (q) =>
    mini
      .search(q)
      .slice(0, 10)
      .map((r) => r.id as string);
}
