import { describe, expect, it } from 'vitest';
import { describeGraphqlError } from '../../src/components/describe-graphql-error';

describe('describeGraphqlError', () => {
  it('lists the errors the API reported with their codes', () => {
    const described = describeGraphqlError({
      graphQLErrors: [
        {
          message: 'Unknown field "sig"; did you mean "signature"?',
          extensions: { code: 'SEARCH_INVALID_PARAMETER' },
        },
        { message: 'No code here' },
      ],
    });
    expect(described.summary).toBe('The API reported a problem:');
    expect(described.details).toEqual([
      {
        message: 'Unknown field "sig"; did you mean "signature"?',
        code: 'SEARCH_INVALID_PARAMETER',
      },
      { message: 'No code here' },
    ]);
  });

  it.each([
    ['API_RATE_LIMITED', 'Too many requests: wait a minute and try again.'],
    ['AUTH_REQUIRED', 'You need to log in for this.'],
    ['AUTH_FORBIDDEN', 'You do not have the permission this needs.'],
  ])('explains %s in words', (code, summary) => {
    expect(
      describeGraphqlError({ graphQLErrors: [{ message: 'x', extensions: { code } }] }).summary,
    ).toBe(summary);
  });

  it('tells an HTTP error from an unreachable API', () => {
    expect(
      describeGraphqlError({
        graphQLErrors: [],
        networkError: new Error('Bad Gateway'),
        response: { status: 502 },
      }).summary,
    ).toBe('The API answered with HTTP 502 (Bad Gateway).');
    expect(
      describeGraphqlError({ graphQLErrors: [], networkError: new Error('Failed to fetch') })
        .summary,
    ).toBe('The API could not be reached (Failed to fetch). Check your connection and try again.');
  });
});
