/**
 * Time limits for the S3 and SQS clients. The SDK sets none: a request whose connection was cut
 * without a reset (a network fault, a server that stopped answering) would wait forever, and a
 * caller's own time limit only abandons it. Cairn sends whole bodies and never long-polls, so a
 * connection that stays silent this long is dead.
 */

/** The clients' limits, in milliseconds. */
export interface AwsRequestTimeouts {
  /** Establishing a connection. @defaultValue 5000 */
  readonly connectMs?: number;
  /** A connection with no data moving either way. @defaultValue 15000 */
  readonly idleMs?: number;
}

/** The SDK's Node request handler options (its `requestHandler` setting) for these limits. */
export function awsRequestHandlerOptions(timeouts: AwsRequestTimeouts = {}): {
  readonly connectionTimeout: number;
  readonly socketTimeout: number;
} {
  return {
    connectionTimeout: timeouts.connectMs ?? 5_000,
    socketTimeout: timeouts.idleMs ?? 15_000,
  };
}
