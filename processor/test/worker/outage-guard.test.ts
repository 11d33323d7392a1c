import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { createSilentLogger } from '@cairn/core';
import {
  createOutageGuard,
  DependencyTimeoutError,
  StoppedDuringOutageError,
} from '../../src/worker/outage-guard.js';
import { createProcessorMetrics } from '../../src/worker/processor-metrics.js';

/** A dependency whose availability the test switches. */
function switchableDependency() {
  const state = { up: true, calls: 0 };
  return {
    state,
    healthCheck: async () => {
      if (!state.up) throw new Error('connection refused');
    },
    call: async () => {
      state.calls++;
      if (!state.up) throw new Error('connection refused');
      return 'done';
    },
  };
}

function guardFor(healthCheck: () => Promise<void>) {
  const metrics = createProcessorMetrics(new Registry());
  const guard = createOutageGuard({
    healthChecks: { storage: healthCheck },
    logger: createSilentLogger(),
    metrics,
    firstPauseMs: 10,
    maxPauseMs: 20,
  });
  return { guard, metrics };
}

describe('the outage guard', () => {
  it('passes results through while the dependency is up', async () => {
    const dependency = switchableDependency();
    const { guard } = guardFor(dependency.healthCheck);
    expect(await guard.call('storage', dependency.call)).toBe('done');
  });

  it('rethrows a failure when the dependency is healthy: it belongs to the crash', async () => {
    const { guard } = guardFor(async () => {});
    await expect(
      guard.call('storage', () => Promise.reject(new SyntaxError('bad JSON'))),
    ).rejects.toThrow(SyntaxError);
    expect(guard.isAnyDown()).toBe(false);
  });

  it('waits out an outage and retries, marking the dependency down meanwhile', async () => {
    const dependency = switchableDependency();
    const { guard, metrics } = guardFor(dependency.healthCheck);
    dependency.state.up = false;
    const pending = guard.call('storage', dependency.call);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(guard.isAnyDown()).toBe(true);
    expect((await metrics.dependencyUp.get()).values).toEqual([
      expect.objectContaining({ labels: { dependency: 'storage' }, value: 0 }),
    ]);
    let allUp = false;
    void guard.whenAllUp().then(() => (allUp = true));
    dependency.state.up = true;
    expect(await pending).toBe('done');
    expect(guard.isAnyDown()).toBe(false);
    await Promise.resolve();
    expect(allUp).toBe(true);
    expect(dependency.state.calls).toBe(2);
  });

  it('stops waiting when stopped, with an error naming the dependency', async () => {
    expect.assertions(2);
    const dependency = switchableDependency();
    const { guard } = guardFor(dependency.healthCheck);
    dependency.state.up = false;
    const pending = guard.call('storage', dependency.call);
    await new Promise((resolve) => setTimeout(resolve, 50));
    guard.stop();
    try {
      await pending;
    } catch (error) {
      expect(error).toBeInstanceOf(StoppedDuringOutageError);
      expect((error as StoppedDuringOutageError).dependency).toBe('storage');
    }
  });

  it('treats a health check that never answers as an outage', async () => {
    const metrics = createProcessorMetrics(new Registry());
    let hang = true;
    const guard = createOutageGuard({
      healthChecks: { search: () => (hang ? new Promise(() => {}) : Promise.resolve()) },
      logger: createSilentLogger(),
      metrics,
      firstPauseMs: 10,
      maxPauseMs: 10,
      healthCheckTimeoutMs: 20,
    });
    let fail = true;
    const pending = guard.call('search', async () => {
      if (fail) throw new Error('socket hang up');
      return 'indexed';
    });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(guard.isAnyDown()).toBe(true);
    hang = false;
    fail = false;
    expect(await pending).toBe('indexed');
  });

  it('counts a call that never answers as failed, and waits when the dependency is down', async () => {
    const metrics = createProcessorMetrics(new Registry());
    let up = true;
    const guard = createOutageGuard({
      healthChecks: {
        storage: async () => {
          if (!up) throw new Error('down');
        },
      },
      logger: createSilentLogger(),
      metrics,
      firstPauseMs: 10,
      maxPauseMs: 10,
      callTimeoutMs: 30,
    });
    await expect(guard.call('storage', () => new Promise(() => {}))).rejects.toBeInstanceOf(
      DependencyTimeoutError,
    );
    up = false;
    let answered = false;
    const pending = guard.call('storage', () =>
      answered ? Promise.resolve('saved') : new Promise<string>(() => {}),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(guard.isAnyDown()).toBe(true);
    answered = true;
    up = true;
    expect(await pending).toBe('saved');
  });
});
