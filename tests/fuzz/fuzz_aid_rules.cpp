// The aid rules (data/aids.json), read against the data pack's professions as the app reads them.
#include <cstdlib>
#include <optional>

#include "domain/aids.hpp"
#include "domain/professions.hpp"
#include "fuzz_support.hpp"

namespace {
std::optional<app::ProfessionCatalogue> g_professions;
}

void fuzzSetUp() {
    auto professions = app::readProfessions(fuzzing::dataPackDir() + "/professions.json");
    if (!professions) std::abort();
    g_professions = std::move(professions.value());
}

void fuzzOne(const std::uint8_t* data, std::size_t size) {
    (void)app::readAids(fuzzing::writeInput(data, size, ".json"), *g_professions);
}
