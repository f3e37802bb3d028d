// Language analysis of the real seed reports: every statement has a speaker, each person is one entity, spans hold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedAvailable, sharedPath } from '../../eval/shared-data.js';
import { extractArticle } from '../../src/extract/index.js';
import { sameFullName } from '../../src/language/canonical-names.js';
import { annotateArticle } from '../../src/language/index.js';
import type { Article } from '../../src/model/article.js';
import { isRejection } from '../../src/model/rejection.js';
import { assertAnalysisInvariants } from '../analysis-invariants.js';

const present = sharedAvailable('seeds');
const title = present ? 'seed analysis (../shared/seeds)' : 'seed analysis — SKIPPED: ../shared/seeds not found beside the project';

describe.skipIf(!present)(title, () => {
  const dir = present ? sharedPath('seeds') : '';
  const articles: Article[] = present
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => {
          const a = extractArticle({ source: f, kind: 'text', content: readFileSync(join(dir, f), 'utf8'), encoding: 'utf-8', hints: {} });
          if (isRejection(a)) throw new Error(a.reason);
          return { ...a, ...annotateArticle(a) };
        })
    : [];

  it('satisfies the span invariants', () => {
    for (const a of articles) assertAnalysisInvariants(a);
  });

  it('gives every statement quote a speaker, including those introduced by a pronoun or a description', () => {
    for (const a of articles) {
      const statements = a.quotes!.filter((q) => q.kind === 'statement');
      expect(statements.length, a.source).toBeGreaterThan(0);
      for (const q of statements) expect(q.speaker, `${a.source}: “${q.text.slice(0, 50)}”`).not.toBeNull();
    }
  });

  it('makes each person one entity whatever the spelling', () => {
    for (const a of articles) {
      const people = a.entities!.filter((e) => e.type === 'person');
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const [x, y] = [people[i]!.name.split(' '), people[j]!.name.split(' ')];
          expect(sameFullName(x, y), `${a.source}: ${people[i]!.name} / ${people[j]!.name}`).toBe(false);
        }
      }
    }
  });

  it('names the most-quoted speaker compatibly in every report (spelling variants meet)', () => {
    const top = articles.map((a) => {
      const counts = new Map<string, number>();
      for (const q of a.quotes!) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
      return [...counts].sort((p, q) => q[1] - p[1])[0]![0];
    });
    for (const name of top) expect(sameFullName(name.split(' '), top[0]!.split(' ')), `${name} / ${top[0]}`).toBe(true);
  });

  it('attributes a question asked by an interviewer to someone other than the person answering', () => {
    const asked = articles.flatMap((a) => a.quotes!.filter((q) => q.verb === 'asked' && q.text.endsWith('?')).map((q) => ({ a, q })));
    const answered = asked.flatMap(({ a, q }) => {
      const next = a.quotes!.find((x) => x.start > q.end && x.kind === 'statement');
      return next ? [{ q, next }] : [];
    });
    // The seeds hold at least one interviewer's question followed by the answer; the check must have something to check.
    expect(answered.length).toBeGreaterThan(0);
    for (const { q, next } of answered) expect(q.speaker).not.toBe(next.speaker);
  });
});
