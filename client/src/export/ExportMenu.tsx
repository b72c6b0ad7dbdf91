/**
 * "Downloaden" in the board header: the board as PNG, SVG, PDF or .tldr, and the harvest as CSV
 * (one file per table, optionally for Dutch Excel with `;`) or Markdown. A menu button with
 * arrow-key navigation; long exports show a status line while they run.
 */
import type { CsvSeparator, Harvest } from '@werkbord/shared';
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/nl';
import { readSetting, SettingKey, writeSetting } from '../storage/localSettings';
import { useUiStore } from '../state/uiStore';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { selectAnonymous } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import { boardRaster } from '../picture/boardPicture';
import {
  browserTimeZone,
  downloadHarvestCsv,
  downloadHarvestMarkdown,
  downloadPng,
  downloadSvg,
  downloadTldr,
  loadHarvest,
  type ExportContext,
} from './boardExports';
import { downloadBlob } from './download';
import { exportFileName } from './fileName';
import { pdfReportLines } from './pdfReportLines';
import '../styles/export.css';

interface ExportMenuProps {
  boardId: string;
  token: string;
  title: string;
  werkvormName: string;
}

/** The PDF's board image: enough pixels for print without a huge file. */
const PDF_SCALE = 1.5;

export function ExportMenu({ boardId, token, title, werkvormName }: ExportMenuProps) {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const language = useUiStore((state) => state.language);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<MessageKey | null>(null);
  const [failed, setFailed] = useState(false);
  const [harvest, setHarvest] = useState<Harvest | null>(null);
  const [anchor, setAnchor] = useState<CSSProperties>({});
  const [separator, setSeparator] = useState<CsvSeparator>(() =>
    readSetting(SettingKey.CsvSeparator) === ';' ? ';' : ',',
  );
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    let current = true;
    loadHarvest({ boardId, token }).then(
      (loaded) => current && setHarvest(loaded),
      () => current && setHarvest(null),
    );
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => {
      current = false;
      document.removeEventListener('pointerdown', closeOutside);
    };
  }, [open, boardId, token]);

  const context = (): ExportContext | null => {
    if (!editor) return null;
    const { layout, werkvorm, settings } = useWerkvormStore.getState();
    const anonymous = selectAnonymous(useControlStore.getState());
    return {
      editor,
      layout,
      werkvorm: werkvorm.id,
      settings,
      anonymous,
      language,
      boardId,
      token,
      title,
    };
  };

  const run = (status: MessageKey, action: (context: ExportContext) => Promise<void>) => {
    const current = context();
    setOpen(false);
    buttonRef.current?.focus();
    if (!current) return;
    setBusy(status);
    setFailed(false);
    action(current)
      .catch((error: unknown) => {
        console.error('export failed', error);
        setFailed(true);
      })
      .finally(() => setBusy(null));
  };

  const downloadPdf = async (current: ExportContext) => {
    const [{ boardPdf }, latest] = await Promise.all([
      import('./boardPdf'),
      loadHarvest(current).catch(() => null),
    ]);
    const image = await boardRaster(current, PDF_SCALE);
    const timeZone = browserTimeZone() ?? 'UTC';
    const lines = pdfReportLines({
      harvest: latest,
      werkvormName,
      language,
      now: Date.now(),
      timeZone,
    });
    const blob = await boardPdf(
      image,
      latest,
      {
        title,
        lines,
        harvestHeading: t('export.pdf.harvest'),
        emptyTable: t('export.pdf.emptyTable'),
      },
      { language, timeZone },
    );
    downloadBlob(blob, exportFileName(title, 'pdf'));
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(
      menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [],
    );
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') buttonRef.current?.focus();
    } else return;
    // Keep these keys away from tldraw's shortcuts.
    event.stopPropagation();
    if (event.key !== 'Tab') event.preventDefault();
  };

  const tables = harvest?.tables ?? [];
  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="badge export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('export.menuLabel')}
        onClick={() => {
          // The list lives in a portal above the panels; place it under this button.
          const rect = buttonRef.current?.getBoundingClientRect();
          if (rect) setAnchor({ top: rect.bottom + 6, right: window.innerWidth - rect.right });
          setOpen((value) => !value);
        }}
        disabled={busy !== null || !editor}
        data-testid="export-menu"
      >
        <svg className="export-menu__icon" viewBox="0 0 20 20" aria-hidden="true">
          <path d="M10 3v10M6 9l4 4 4-4M4 16h12" />
        </svg>
        <span className="export-menu__text">{t('export.menu')}</span>
      </button>
      {open &&
        createPortal(
          <div
            ref={menuRef}
            style={anchor}
            className="export-menu__list"
            role="menu"
            tabIndex={-1}
            aria-label={t('export.menuLabel')}
            onKeyDown={onMenuKey}
          >
            <span className="export-menu__group">{t('export.group.board')}</span>
            <MenuItem testId="export-png" onSelect={() => run('export.busy.png', downloadPng)}>
              {t('export.png')}
            </MenuItem>
            <MenuItem testId="export-svg" onSelect={() => run('export.busy.svg', downloadSvg)}>
              {t('export.svg')}
            </MenuItem>
            <MenuItem testId="export-pdf" onSelect={() => run('export.busy.pdf', downloadPdf)}>
              {t('export.pdf')}
            </MenuItem>
            <MenuItem testId="export-tldr" onSelect={() => run('export.busy.tldr', downloadTldr)}>
              {t('export.tldr')}
            </MenuItem>
            <span className="export-menu__group">{t('export.group.harvest')}</span>
            <MenuItem
              testId="export-harvest-md"
              onSelect={() => run('export.busy.harvest', downloadHarvestMarkdown)}
            >
              {t('export.harvestMd')}
            </MenuItem>
            {(tables.length > 0 ? tables : [null]).map((table, index) => (
              <MenuItem
                key={table?.id ?? 'first'}
                testId={index === 0 ? 'export-harvest-csv' : `export-harvest-csv-${index}`}
                onSelect={() =>
                  run('export.busy.harvest', (current) =>
                    downloadHarvestCsv(current, index, table?.id ?? 'oogst', separator),
                  )
                }
              >
                {table
                  ? t('export.harvestCsvTable', { table: table.title[language] })
                  : t('export.harvestCsv')}
              </MenuItem>
            ))}
            <button
              type="button"
              role="menuitemcheckbox"
              aria-checked={separator === ';'}
              tabIndex={-1}
              className="export-menu__item export-menu__check"
              onClick={() => {
                // A setting for the CSV items above: the menu stays open.
                const next = separator === ';' ? ',' : ';';
                setSeparator(next);
                writeSetting(SettingKey.CsvSeparator, next);
              }}
              data-testid="export-csv-semicolon"
            >
              <span className="export-menu__checkbox" aria-hidden="true">
                {separator === ';' ? '✓' : ''}
              </span>
              {t('export.csvSemicolon')}
            </button>
          </div>,
          document.body,
        )}
      {(busy || failed) && (
        <span className="export-menu__status" role="status" data-testid="export-status">
          {busy ? t(busy) : t('export.failed')}
        </span>
      )}
    </div>
  );
}

function MenuItem({
  testId,
  onSelect,
  children,
}: {
  testId: string;
  onSelect: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className="export-menu__item"
      onClick={onSelect}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
