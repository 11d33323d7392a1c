/** @cairn/collector: the HTTP crash collector. */
export { buildCollector, type CollectorDependencies } from './build-collector.js';
