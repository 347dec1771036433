// A harness that leaks a file descriptor on purpose: ctest expects it to fail, proving that the
// leak check of fuzz_support.cpp catches what it is there to catch. Not run by scripts/fuzz.sh.
#include <fcntl.h>

#include "fuzz_support.hpp"

void fuzzSetUp() {}

void fuzzOne(const std::uint8_t*, std::size_t) { (void)open("/dev/null", O_RDONLY); }
