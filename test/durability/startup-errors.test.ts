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

describe('start-up refuses bad configuration and content', () => {
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
});
