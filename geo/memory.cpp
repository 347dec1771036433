// /proc/meminfo, getrlimit and getrusage: Linux figures.
#include "memory.hpp"

#include <malloc.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace geo {

std::uint64_t availableMemoryBytes() {
    std::uint64_t avail = UINT64_MAX;
    if (FILE* f = std::fopen("/proc/meminfo", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f)) {
            unsigned long long kb;
            if (std::sscanf(line, "MemAvailable: %llu kB", &kb) == 1) {
                avail = kb * 1024ull;
                break;
            }
        }
        std::fclose(f);
    }
    rlimit lim{};
    if (getrlimit(RLIMIT_AS, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY)
        avail = std::min<std::uint64_t>(avail, lim.rlim_cur);
    if (const auto limit = memoryLimitFromEnvironment()) avail = std::min(avail, *limit);
    return avail;
}

std::optional<std::uint64_t> memoryLimitFromEnvironment() {
    const char* env = std::getenv("SANTEMAP_MEMORY_LIMIT_MB");
    if (!env) return std::nullopt;
    char* end = nullptr;
    const unsigned long long mb = std::strtoull(env, &end, 10);
    if (end == env || mb == 0) return std::nullopt;
    return mb * 1024ull * 1024ull;
}

std::uint64_t residentMemoryBytes() {
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    return static_cast<std::uint64_t>(resident) * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
}

double peakRssMegabytes() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in kilobytes on Linux
}

void keepLargeBlocksInHeap() {
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
}

}  // namespace geo
