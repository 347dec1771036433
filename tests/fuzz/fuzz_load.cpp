// Vector files through the reader and the map's load pipeline, as `santemap info` and
// `santemap info --load` run them: estimate, open, describe, then read, project, tessellate (with
// the map's simplified levels) and index each layer. FUZZ_EXTENSION (".geojson", ".csv", ".kml")
// chooses the format, as a user's file name does.
#include "fuzz_support.hpp"
#include "geo/pipeline.hpp"
#include "geo/reader.hpp"
#include "geo/source.hpp"

void fuzzSetUp() {}

void fuzzOne(const std::uint8_t* data, std::size_t size) {
    const std::string path = fuzzing::writeInput(data, size, FUZZ_EXTENSION);
    if (!geo::checkFitsInMemory(path)) return;
    auto source = geo::openSource(path);
    if (!source) return;
    auto layers = geo::selectLayers(source.value(), "");
    if (!layers) return;
    geo::LoadOptions options;
    options.detailLevels = 3;
    for (int index : layers.value()) {
        geo::Diagnostics diag;
        (void)geo::describeLayer(source.value(), index, diag);
        auto loaded = geo::loadLayer(source.value(), index, options, diag);
        if (loaded) (void)geo::describeLoaded(loaded->layer);
    }
}
