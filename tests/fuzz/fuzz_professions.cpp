// The professions file (data/professions.json): specialties, zonings, groups.
#include "domain/professions.hpp"
#include "fuzz_support.hpp"

void fuzzSetUp() {}

void fuzzOne(const std::uint8_t* data, std::size_t size) {
    (void)app::readProfessions(fuzzing::writeInput(data, size, ".json"));
}
