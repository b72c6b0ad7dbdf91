import { TITLE_MAX_LENGTH } from '@werkbord/shared';

export type TitleProblem = 'required' | 'tooLong' | null;

/** What is wrong with a board title, by the rule the server applies when a board is made. */
export function titleProblem(title: string): TitleProblem {
  const length = [...title.trim()].length;
  if (length === 0) return 'required';
  return length > TITLE_MAX_LENGTH ? 'tooLong' : null;
}
