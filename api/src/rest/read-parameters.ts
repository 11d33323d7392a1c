/**
 * Reads an endpoint's declared parameters from a query string or form body, with the
 * reference's (Django forms') error format: `{"errors": {"<param>": ["<message>"]}}`.
 */
import { CairnError } from '@cairn/core';
import type { ParameterSpec, ParameterValues } from './rest-endpoint.js';

/** Invalid parameters, by name, with the reference's messages. */
export class ParameterErrors extends CairnError {
  constructor(readonly errors: Readonly<Record<string, readonly string[]>>) {
    super('BAD_REQUEST', `Invalid parameters: ${Object.keys(errors).join(', ')}`);
    this.name = 'ParameterErrors';
  }
}

/** The declared parameters' values; throws ParameterErrors listing every problem. */
export function readParameters(
  specs: Readonly<Record<string, ParameterSpec>>,
  input: URLSearchParams,
): ParameterValues {
  const values: Record<string, string | number | (string | number)[] | undefined> = {};
  const errors: Record<string, string[]> = {};
  for (const [name, spec] of Object.entries(specs)) {
    let raw = input.getAll(name).filter((value) => value !== '');
    if (raw.length === 0 && spec.defaultValue !== undefined) raw = [spec.defaultValue];
    if (raw.length === 0) {
      if (spec.required) errors[name] = ['This field is required.'];
      continue;
    }
    const problems: string[] = [];
    const read = raw.map((value) => readValue(spec, value, problems));
    if (problems.length > 0) {
      errors[name] = [...new Set(problems)];
      continue;
    }
    values[name] = spec.list ? read : read.at(-1);
  }
  if (Object.keys(errors).length > 0) throw new ParameterErrors(errors);
  return values;
}

function readValue(spec: ParameterSpec, value: string, problems: string[]): string | number {
  if (spec.choices && !spec.choices.includes(value)) {
    problems.push(`Select a valid choice. ${value} is not one of the available choices.`);
    return value;
  }
  if (spec.type === 'integer') {
    if (!/^\s*[+-]?\d+\s*$/.test(value)) {
      problems.push('Enter a whole number.');
      return value;
    }
    return Number(value);
  }
  return value;
}
