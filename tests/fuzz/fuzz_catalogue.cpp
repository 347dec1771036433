// The territory's catalogue (data/catalogue.json): layers, tables, indicators, provenance.
#include "domain/catalogue.hpp"
#include "fuzz_support.hpp"

void fuzzSetUp() {}

void fuzzOne(const std::uint8_t* data, std::size_t size) {
    (void)app::readCatalogue(fuzzing::writeInput(data, size, ".json"));
}
