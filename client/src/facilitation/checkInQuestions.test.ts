import { Language } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { CHECK_IN_QUESTIONS, questionIn } from './checkInQuestions';

describe('check-in questions', () => {
  it('has a handful, each in both languages and distinct', () => {
    expect(CHECK_IN_QUESTIONS.length).toBeGreaterThanOrEqual(8);
    const dutch = new Set(CHECK_IN_QUESTIONS.map((q) => q.nl));
    expect(dutch.size).toBe(CHECK_IN_QUESTIONS.length);
    for (const q of CHECK_IN_QUESTIONS) expect(q.en.length).toBeGreaterThan(0);
  });

  it("shows one of ours in the reader's language, a typed one as typed", () => {
    const [first] = CHECK_IN_QUESTIONS;
    expect(questionIn(first?.nl ?? '', Language.English)).toBe(first?.en);
    expect(questionIn(first?.en ?? '', Language.Dutch)).toBe(first?.nl);
    expect(questionIn('Wat is je lievelingsgroente?', Language.English)).toBe(
      'Wat is je lievelingsgroente?',
    );
  });
});
