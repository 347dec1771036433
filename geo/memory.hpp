// Memory figures of this process and machine, for refusing loads that would not fit.
#pragma once

#include <cstdint>
#include <optional>

namespace geo {

// Bytes this process may still use: the least of available physical memory, the address-space
// limit (ulimit -v) and SANTEMAP_MEMORY_LIMIT_MB when set.
std::uint64_t availableMemoryBytes();

// SANTEMAP_MEMORY_LIMIT_MB in bytes, when set to a positive number.
std::optional<std::uint64_t> memoryLimitFromEnvironment();

// Peak resident set size of this process so far, in megabytes.
double peakRssMegabytes();

// Resident set size of this process now, in bytes (/proc/self/statm).
std::uint64_t residentMemoryBytes();

// For programs that allocate and free blocks of megabytes every frame (Mesa's llvmpipe, GL
// buffers re-uploaded, the pipeline's arrays): above glibc's mmap threshold each block is a new
// mapping zero-filled page by page — perf showed a third of the window's CPU time, a fifth of
// `santemap render`, in page faults. Raises the threshold so that such blocks stay in the heap and
// are reused.
void keepLargeBlocksInHeap();

}  // namespace geo
