/**
 * Connections that misbehave: bytes that are not HTTP, and uploads that stall.
 *
 * Bytes on a connection that are not a valid HTTP request. Node's default answer destroys the
 * connection at once, which also drops the answer to a request still in flight on it: a
 * client whose Content-Length is shorter than its body sends its request, then the rest of
 * the body, which reads as a broken second request. The reference answers the first request
 * (400 malformed_invalid_payload_structure), so the in-flight answer is sent before closing.
 */
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Answers (or closes) a connection that sent something other than an HTTP request. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // Node keeps the response being written on the socket; there is no public accessor.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (inFlight && !inFlight.writableFinished) {
    inFlight.once('close', () => socket.destroy());
    return;
  }
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify({
    error: { code: 'BAD_REQUEST', message: 'The request is not valid HTTP' },
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * A connection that sent nothing for CAIRN_COLLECTOR_IDLE_TIMEOUT_MS. An upload that stalled
 * mid-body is answered 408 (the reference's proxy does the same) and closed, which frees its
 * share of the memory budget; a request whose body is complete is still being answered (its
 * crash may be saving), so it is left alone.
 */
export function closeIdleConnection(socket: Socket): void {
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (inFlight?.req.complete) return;
  if (inFlight && !inFlight.headersSent && socket.writable) {
    socket.end('HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  } else {
    socket.destroy();
  }
}
