// Scene files (`santemap render SCENE.json`): JSON, layers, styles, extents, sizes.
#include "fuzz_support.hpp"
#include "map/scene.hpp"

void fuzzSetUp() {}

void fuzzOne(const std::uint8_t* data, std::size_t size) {
    (void)app::readScene(fuzzing::writeInput(data, size, ".json"), fuzzing::dataPackDir());
}
