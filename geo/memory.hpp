// Memory figures of this process and machine, for refusing loads that would not fit.
#pragma once

#include <cstdint>

namespace geo {

// Bytes this process may still use: the least of available physical memory, the address-space
// limit (ulimit -v) and SANTEMAP_MEMORY_LIMIT_MB when set.
std::uint64_t availableMemoryBytes();

// Peak resident set size of this process so far, in megabytes.
double peakRssMegabytes();

}  // namespace geo
