import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildCrashQuery } from '../../../src/pages/report/build-crash-query';
import { FIXTURE_FIELDS } from '../../fixtures/catalog';

describe('buildCrashQuery', () => {
  it('asks for every public field, and no protected data, without permissions', () => {
    const query = buildCrashQuery(FIXTURE_FIELDS, new Set());
    expect(() => parse(query)).not.toThrow();
    expect(query).toContain(
      'fields { signature product version platform uptime buildId date startupCrash }',
    );
    expect(query).not.toMatch(/\burl\b/);
    expect(query).not.toContain('protectedAnnotations');
    expect(query).not.toContain('dumps');
  });

  it('asks for protected fields and annotations with view_pii, dumps with view_rawdump', () => {
    const withPii = buildCrashQuery(FIXTURE_FIELDS, new Set(['view_pii']));
    expect(withPii).toMatch(/fields \{[^}]* url \}/);
    expect(withPii).toContain('protectedAnnotations { name value }');
    expect(withPii).not.toContain('dumps');
    const withDumps = buildCrashQuery(FIXTURE_FIELDS, new Set(['view_rawdump']));
    expect(withDumps).toContain('dumps { name url }');
    expect(withDumps).not.toContain('protectedAnnotations');
  });

  it('stays a valid document when the catalog is empty', () => {
    expect(() => parse(buildCrashQuery([], new Set()))).not.toThrow();
  });
});
