#include "fuzz_support.hpp"

#include <dirent.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <cpl_error.h>

#include "geo/source.hpp"

namespace fuzzing {

namespace {

// The private folder: made once per process, removed at exit (never destroyed itself, so that
// the exit handler still has its name).
const std::string& privateDir() {
    static const std::string& dir = *new std::string([] {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/santemap-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data())) {
            std::perror("fuzz: cannot make a private folder");
            std::abort();
        }
        std::atexit([] {
            std::error_code ignored;
            std::filesystem::remove_all(privateDir(), ignored);
        });
        return pattern;
    }());
    return dir;
}

}  // namespace

std::string writeInput(const std::uint8_t* data, std::size_t size, const std::string& extension) {
    const std::string path = privateDir() + "/input" + extension;
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || (size > 0 && std::fwrite(data, 1, size, f) != size) || std::fclose(f) != 0) {
        std::perror(("fuzz: cannot write " + path).c_str());
        std::abort();
    }
    return path;
}

std::string dataPackDir() { return std::string(SANTEMAP_SOURCE_DIR) + "/data"; }

int openDescriptorCount() {
    DIR* d = opendir("/proc/self/fd");
    if (!d) return -1;
    int n = 0;
    while (readdir(d)) ++n;
    closedir(d);
    return n;  // includes ".", ".." and the descriptor of the listing itself: a constant offset
}

}  // namespace fuzzing

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // Millions of inputs: GDAL's messages to stderr would drown the fuzzer's own; the code under
    // test still sees every error through its own handlers.
    CPLSetErrorHandler(CPLQuietErrorHandler);
    // The memory guard stops a load before libFuzzer's own RSS limit (2 GB) kills the process.
    setenv("SANTEMAP_MEMORY_LIMIT_MB", "1024", 0);
    geo::initGdal();
    fuzzSetUp();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const int before = fuzzing::openDescriptorCount();
    fuzzOne(data, size);
    const int after = fuzzing::openDescriptorCount();
    if (after > before) {
        // A library may open a file once and keep it (PROJ's database, a GDAL support file): the
        // same input run again must then leave no more descriptors open. A leak leaves more.
        fuzzOne(data, size);
        const int again = fuzzing::openDescriptorCount();
        if (again > after) {
            std::fprintf(stderr, "fuzz: file-descriptor leak: %d descriptors left open by this input\n", again - after);
            std::abort();
        }
    }
    return 0;
}
