// An agency's list imported as listings (`santemap listings import FILE.csv`): columns matched by
// name, every row checked, positions taken from the communes of the data pack.
#include <cstdlib>
#include <optional>

#include "domain/aid_context.hpp"
#include "domain/listing_import.hpp"
#include "fuzz_support.hpp"

namespace {
std::optional<app::AidContext> g_context;
}

void fuzzSetUp() {
    geo::Diagnostics diag;
    auto context = app::loadAidContext(fuzzing::dataPackDir(), "", diag);
    if (!context) std::abort();
    g_context = std::move(context.value());
}

void fuzzOne(const std::uint8_t* data, std::size_t size) {
    (void)app::readListingsFile(fuzzing::writeInput(data, size, ".csv"), g_context->professions, g_context->communes);
}
