// The import rules that keep the layers apart: a module reaches another only through its service
// (or the schemas of its API), the domain does no I/O, and the web takes only types from the server.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

interface Import {
  from: string;
  /** The imported file, relative to src, without extension; null for a package. */
  target: string | null;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const from = path.relative(SRC, file);
  const found: Import[] = [];
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const specifier = statement.moduleSpecifier.text;
      const typeOnly = ts.isImportDeclaration(statement)
        ? Boolean(statement.importClause?.isTypeOnly) ||
          // `import { type A, type B }`: every name is a type.
          Boolean(
            statement.importClause?.namedBindings &&
              ts.isNamedImports(statement.importClause.namedBindings) &&
              !statement.importClause.name &&
              statement.importClause.namedBindings.elements.length > 0 &&
              statement.importClause.namedBindings.elements.every((e) => e.isTypeOnly),
          )
        : statement.isTypeOnly;
      const target = specifier.startsWith('.')
        ? path
            .relative(SRC, path.resolve(path.dirname(file), specifier))
            .replace(/\.(js|ts|tsx)$/, '')
        : null;
      found.push({ from, target, specifier, typeOnly });
    }
  }
  return found;
}

const ALL = sourceFiles(SRC).flatMap(importsOf);

/** `server/modules/<name>/…` → name; files directly in server/modules (deps, quotas) are shared. */
function moduleOf(file: string): string | null {
  const match = /^server\/modules\/([^/]+)\//.exec(file);
  return match?.[1] ?? null;
}

/** Another module's surface: its service, and the schemas of its part of the API. */
const SURFACE = /^server\/modules\/[^/]+\/(service|schemas)$/;

function crossModuleViolations(imports: Import[]): string[] {
  return imports
    .filter(({ from, target }) => {
      const [here, there] = [moduleOf(from), target && moduleOf(target)];
      return here && there && here !== there && !SURFACE.test(target ?? '');
    })
    .map(({ from, specifier }) => `${from} imports ${specifier}`);
}

describe('module boundaries', () => {
  it('reads a few hundred imports, so the rules below are checked against something', () => {
    expect(ALL.length).toBeGreaterThan(300);
    expect(ALL.filter((i) => moduleOf(i.from)).length).toBeGreaterThan(100);
  });

  it('lets a module reach another only through its service or its API schemas, never its repo', () => {
    expect(crossModuleViolations(ALL)).toEqual([]);
  });

  it('catches a module that reads another module’s repo (the rule itself works)', () => {
    const planted: Import = {
      from: 'server/modules/coach/service.ts',
      target: 'server/modules/progress/repo',
      specifier: '../progress/repo.js',
      typeOnly: false,
    };
    expect(crossModuleViolations([planted])).toEqual([
      'server/modules/coach/service.ts imports ../progress/repo.js',
    ]);
  });

  it('keeps the domain free of the server and the web', () => {
    const leaks = ALL.filter(
      ({ from, target }) => from.startsWith('domain/') && /^(server|web)\//.test(target ?? ''),
    ).map(({ from, specifier }) => `${from} imports ${specifier}`);
    expect(leaks).toEqual([]);
  });

  it('keeps the domain pure: no Node.js built-ins, no database, no HTTP', () => {
    const io = ALL.filter(
      ({ from, target, specifier }) =>
        from.startsWith('domain/') &&
        target === null &&
        /^(node:|fs$|path$|http|kysely|pg$|better-sqlite3|ioredis|fastify)/.test(specifier),
    ).map(({ from, specifier }) => `${from} imports ${specifier}`);
    expect(io).toEqual([]);
  });

  it('keeps the server free of the web', () => {
    const leaks = ALL.filter(
      ({ from, target }) => from.startsWith('server/') && (target ?? '').startsWith('web/'),
    ).map(({ from, specifier }) => `${from} imports ${specifier}`);
    expect(leaks).toEqual([]);
  });

  it('lets the web take only types from the server, and only from API schemas', () => {
    const leaks = ALL.filter(
      ({ from, target }) => from.startsWith('web/') && (target ?? '').startsWith('server/'),
    )
      .filter(
        ({ target, typeOnly }) => !typeOnly || !/(^|\/)schemas(\/common)?$/.test(target ?? ''),
      )
      .map(({ from, specifier }) => `${from} imports ${specifier}`);
    expect(leaks).toEqual([]);
  });
});
