import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/config.js';

/** Runs `main.ts` to completion (it should refuse to start) and returns its exit code and stderr. */
function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr };
}

// Each test runs main.ts through tsx to its exit: up to twenty seconds on a busy two-core machine.
describe('start-up refuses bad configuration and content', { timeout: 120_000 }, () => {
  it('stops with a message naming a bad environment variable', () => {
    const { code, stderr } = start({ DATABASE_URL: 'mongodb://somewhere' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Configuration error: DATABASE_URL: expected sqlite:<path> or postgres/);
  });

  it('stops with the file, path and reason of a bad content file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-content-'));
    try {
      fs.cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
      const file = path.join(dir, 'backend', 'topics', '02-web.yaml');
      const text = fs.readFileSync(file, 'utf8');
      // Point the first prerequisite in the file at a topic that does not exist.
      const broken = text.replace(/prerequisites: \[([a-z0-9-]+)/, 'prerequisites: [no-such-topic');
      expect(broken).not.toBe(text);
      fs.writeFileSync(file, broken);

      const { code, stderr } = start({
        CONTENT_DIR: dir,
        DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /backend\/topics\/02-web\.yaml \/topics\/\d+\/prerequisites\/0: unknown prerequisite "no-such-topic"/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops on YAML that does not parse, naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-content-'));
    try {
      fs.cpSync(path.join(projectRoot, 'content'), dir, { recursive: true });
      fs.appendFileSync(path.join(dir, 'backend', 'projects.yaml'), '\n  - id: [unclosed\n');
      const { code, stderr } = start({
        CONTENT_DIR: dir,
        DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(/backend\/projects\.yaml/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops naming DATABASE_URL when a file is in the way of the database directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-db-'));
    try {
      fs.writeFileSync(path.join(dir, 'data'), 'not a directory');
      const { code, stderr } = start({ DATABASE_URL: `sqlite:${path.join(dir, 'data', 'w.db')}` });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^DATABASE_URL: cannot create .*data\/w\.db: a file is in the way/m);
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops naming DATABASE_URL when the file is not a database', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-db-'));
    try {
      const file = path.join(dir, 'w.db');
      fs.writeFileSync(file, 'this is a shopping list, not a database\n'.repeat(200));
      const { code, stderr } = start({ DATABASE_URL: `sqlite:${file}` });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^DATABASE_URL: .*w\.db is not a usable SQLite database/m);
      expect(stderr).not.toMatch(/\n\s+at /);
      // Nothing was written over the file the operator pointed at.
      expect(fs.readFileSync(file, 'utf8')).toMatch(/^this is a shopping list/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops naming DATABASE_URL when the path is a directory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-db-'));
    try {
      const { code, stderr } = start({ DATABASE_URL: `sqlite:${dir}` });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^DATABASE_URL: .* is a directory/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
