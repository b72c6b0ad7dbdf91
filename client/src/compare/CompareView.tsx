/**
 * Two boards compared: what stands out (the comparison's findings, large enough for a
 * projector), both boards read-only side by side (one above the other on a phone), and the
 * details as tables.
 */
import { type CompareBoardsResponse, findWerkvorm } from '@werkbord/shared';
import { useMemo } from 'react';
import { useLocalized, useT } from '../i18n/useT';
import { ReadOnlyBoard } from '../viewer/ReadOnlyBoard';
import type { MyBoard } from '../storage/myBoards';
import { readBoardDocuments } from '../werkvorm/boardDocuments';
import { ComparisonTable } from './ComparisonTable';

interface CompareViewProps {
  answer: CompareBoardsResponse;
  /** The two boards as "Mijn borden" has them: their links open them. */
  mine: [MyBoard, MyBoard];
}

export function CompareView({ answer, mine }: CompareViewProps) {
  const t = useT();
  const localized = useLocalized();
  const { comparison } = answer;
  const sides = useMemo(
    () =>
      answer.boards.map((board) =>
        readBoardDocuments(board.content, board.control, {
          title: board.title,
          werkvorm: board.werkvorm,
        }),
      ),
    [answer],
  );
  const werkvorm = findWerkvorm(comparison.werkvorm);
  return (
    <main className="compare" data-testid="compare">
      <div className="compare__intro">
        <h1 className="compare__title">
          {t('compare.heading', {
            a: comparison.boards[0].title,
            b: comparison.boards[1].title,
          })}
        </h1>
        <p className="compare__werkvorm">
          {werkvorm ? localized(werkvorm.name) : comparison.werkvorm}
        </p>
      </div>
      <section className="compare__findings" aria-label={t('compare.findings')}>
        <ul data-testid="compare-findings">
          {comparison.findings.map((finding) => (
            <li key={finding.id} data-finding={finding.id}>
              {localized(finding.text)}
            </li>
          ))}
        </ul>
      </section>
      <div className="compare__boards">
        {sides.map((side, index) => {
          const board = answer.boards[index]!;
          const link = mine[index]!;
          return (
            <figure key={board.boardId} className="compare__board" data-testid="compare-board">
              <figcaption className="compare__caption">
                <span className="compare__board-title">{board.title}</span>
                <span className="compare__board-count">
                  {t.plural('compare.cards', comparison.boards[index]?.cards ?? 0)}
                </span>
                <a
                  className="button button--small"
                  href={`/b/${link.boardId}?t=${encodeURIComponent(link.token)}`}
                >
                  {t('compare.open')}
                </a>
              </figcaption>
              <div
                className="compare__canvas"
                // As wide as the pane, as high as the board's shape asks (within limits).
                style={{
                  aspectRatio: `${side.layout.bounds.w || 4} / ${side.layout.bounds.h || 3}`,
                }}
              >
                <ReadOnlyBoard
                  records={side.records}
                  werkvorm={side.control.werkvorm}
                  layout={side.layout}
                />
              </div>
            </figure>
          );
        })}
      </div>
      <div className="compare__tables">
        {comparison.tables.map((table) => (
          <ComparisonTable key={table.id} table={table} />
        ))}
      </div>
    </main>
  );
}
