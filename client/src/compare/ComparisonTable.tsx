/** One table of a comparison, its columns headed by the boards' titles where they compare. */
import { cellText, type HarvestTable } from '@werkbord/shared';
import { useId } from 'react';
import { useLocalized, useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';

export function ComparisonTable({ table }: { table: HarvestTable }) {
  const t = useT();
  const localized = useLocalized();
  const language = useUiStore((state) => state.language);
  const headingId = useId();
  return (
    <section className="compare-table" aria-labelledby={headingId} data-table={table.id}>
      <h2 className="compare-table__title" id={headingId}>
        {localized(table.title)}
      </h2>
      {table.rows.length === 0 ? (
        <p className="compare-table__empty">{t('compare.nothing')}</p>
      ) : (
        <div className="compare-table__scroll">
          <table>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column.key} scope="col">
                    {localized(column.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={table.columns[column]?.key ?? column}>{cellText(cell, language)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
