/**
 * The client's import graph, read from the source: no import cycles between files or between
 * the folders of `client/src`, every folder placed in a layer (`client/layers.js`), and no import
 * that the layering forbids (the lint rule says so per import; this checks resolved paths).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CLIENT_LAYERS, forbiddenImports } from '../layers.js';

const SRC = path.dirname(new URL(import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
  return found && /\.tsx?$/.test(found) ? found : null;
}

/** file → the files of client/src it imports (type-only imports too: they tie modules as well). */
const graph = new Map(
  sourceFiles(SRC).map((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .flatMap(({ fileName }) => resolve(file, fileName) ?? []);
    return [file, targets];
  }),
);

const folderOf = (file: string) => {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? (parts[0] ?? '') : '';
};

/** The strongly connected parts of more than one node (Tarjan). */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const to of edges.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const part: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member !== undefined) part.push(member);
      } while (member !== node && member !== undefined);
      if (part.length > 1) found.push(part.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the client import graph', () => {
  it('reads the source', () => {
    expect(graph.size).toBeGreaterThan(200);
  });

  it('has no import cycle between files', () => {
    const named = cycles(graph).map((part) => part.map((file) => path.relative(SRC, file)));
    expect(named).toEqual([]);
  });

  it('has no import cycle between the folders of client/src', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      for (const target of targets) {
        const to = folderOf(target);
        if (to !== from) folders.set(from, (folders.get(from) ?? new Set()).add(to));
      }
    }
    const edges = new Map([...folders].map(([from, to]) => [from, [...to]]));
    expect(cycles(edges)).toEqual([]);
  });

  it('places every folder of client/src in a layer', () => {
    const placed = new Set(CLIENT_LAYERS.flatMap((layer) => layer.folders));
    const folders = new Set([...graph.keys()].map(folderOf).filter((folder) => folder !== ''));
    expect([...folders].filter((folder) => !placed.has(folder))).toEqual([]);
  });

  it('imports nothing the layering forbids', () => {
    const forbidden = forbiddenImports();
    const broken = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => forbidden.get(folderOf(file))?.includes(folderOf(target)))
        .map((target) => `${path.relative(SRC, file)} → ${path.relative(SRC, target)}`),
    );
    expect(broken).toEqual([]);
  });
});
