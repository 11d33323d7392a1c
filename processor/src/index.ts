/** @cairn/processor: the crash processor. */
export {
  startProcessorWorker,
  type ProcessorDependencies,
  type ProcessorWorker,
} from './processor-worker.js';
export { processCrash } from './process-crash.js';
