/** Fields about memory: system figures, the memory report, out-of-memory and PHC details. */
import { boolField, integerField, keywordField, textField } from '../define-field.js';

/** One measurement of the memory report, stored under `memory_measures`. */
function memoryMeasure(measure: string, description: string) {
  return integerField(`memory_${measure}`, description, 'long', {
    source: `memory_measures.${measure}`,
  });
}

/** Memory of the machine and the process when it crashed. */
export const MEMORY_FIELDS = [
  integerField(
    'available_page_file',
    'Bytes the process could still commit (at most the system-wide available commit).',
    'long',
  ),
  integerField(
    'available_physical_memory',
    'Bytes of physical memory that could be reused at once without writing anything to disk.',
    'long',
  ),
  integerField(
    'available_virtual_memory',
    'Bytes of address space the process had neither reserved nor committed; it may be fragmented.',
    'long',
  ),
  integerField(
    'total_page_file',
    'Bytes that could be committed without growing the page or swap file.',
    'long',
  ),
  integerField('total_physical_memory', 'Bytes of physical memory in the machine.', 'long'),
  integerField(
    'total_virtual_memory',
    'Bytes in the user-mode part of the process’s address space; small for 32-bit processes.',
    'long',
  ),
  integerField(
    'system_memory_use_percentage',
    'Approximate share of physical memory in use, in percent.',
    'long',
  ),
  integerField(
    'oom_allocation_size',
    'Size in bytes of the allocation that failed in an out-of-memory crash (allocators ask for large chunks, so it can exceed the request).',
    'long',
  ),
  keywordField(
    'js_large_allocation_failure',
    'Set when a large JavaScript allocation failed: `Reporting`, `Reported` or `Recovered`.',
  ),
  boolField('is_garbage_collecting', 'True when the JavaScript garbage collector was running.'),
  memoryMeasure('explicit', 'Bytes the application allocated explicitly (memory report).'),
  memoryMeasure('gfx_textures', 'Bytes used for GL textures (memory report).'),
  memoryMeasure(
    'ghost_windows',
    'Number of ghost windows: windows no longer shown in any tab but still alive (memory report).',
  ),
  memoryMeasure(
    'heap_allocated',
    'Bytes the heap allocator handed to the application, after rounding (memory report).',
  ),
  memoryMeasure('heap_overhead', 'Heap allocator overhead in bytes (memory report).'),
  memoryMeasure(
    'heap_unclassified',
    'Heap bytes no memory reporter accounted for (memory report).',
  ),
  memoryMeasure('host_object_urls', 'Number of host object URLs alive (memory report).'),
  memoryMeasure('images', 'Bytes used for decoded images (memory report).'),
  memoryMeasure('js_main_runtime', 'Bytes used by the main JavaScript runtime (memory report).'),
  memoryMeasure('private', 'Private bytes of the process (memory report).'),
  memoryMeasure(
    'resident',
    'Resident set size: bytes of the process present in physical memory (memory report).',
  ),
  memoryMeasure(
    'resident_unique',
    'Unique set size: resident bytes not shared with other processes (memory report).',
  ),
  memoryMeasure(
    'system_heap_allocated',
    'Bytes allocated through the system allocator rather than jemalloc (memory report).',
  ),
  memoryMeasure(
    'top_none_detached',
    'Bytes held by detached windows with no top-level window (memory report).',
  ),
  memoryMeasure('vsize', 'Virtual size of the process in bytes (memory report).'),
  memoryMeasure(
    'vsize_max_contiguous',
    'Largest contiguous free block of address space in bytes (memory report).',
  ),
  keywordField(
    'phc_kind',
    'Kind of the PHC (probabilistic heap checker) allocation a bad access touched.',
    { permission: 'view_pii' },
  ),
  textField(
    'phc_base_address',
    'Base address, in decimal, of the PHC allocation a bad access touched.',
    { permission: 'view_pii' },
  ),
  integerField(
    'phc_usable_size',
    'Usable size in bytes of the PHC allocation a bad access touched.',
    'long',
    { permission: 'view_pii' },
  ),
  textField(
    'phc_alloc_stack',
    'Where the PHC allocation was made: comma-separated decimal return addresses.',
    { permission: 'view_pii' },
  ),
  textField(
    'phc_free_stack',
    'Where the PHC allocation was freed: comma-separated decimal return addresses.',
    { permission: 'view_pii' },
  ),
];
