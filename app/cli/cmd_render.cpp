// `santemap render SCENE.json --out map.png [--scale 2] [--data DIR]`: the map as a PNG, offscreen.
#include <charconv>
#include <cmath>
#include <cstdio>

#include "cli_args.hpp"
#include "commands.hpp"
#include "geo/output_file.hpp"

#include "geo/memory.hpp"
#include "map/default_territory.hpp"
#include "map/scene_image.hpp"
#include "render/offscreen.hpp"

namespace app {

int runRender(int argc, char** argv) {
    const char* usage =
        "usage: santemap render SCENE.json --out map.png [--scale 2] [--data DIR]\n"
        "       santemap render --default-territory --out map.png [--size 1600x1000] [--scale 2]";
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"out", "scale", "data", "size"}, {"default-territory"}, args)) {
        printError(err->message + "\n" + usage);
        return kExitUsage;
    }
    const bool territory = args.flag("default-territory");
    if (args.positional.size() != (territory ? 0u : 1u) || !args.value("out")) {
        printError(usage);
        return kExitUsage;
    }
    float scale = 1;
    if (auto s = args.value("scale")) {
        auto r = std::from_chars(s->data(), s->data() + s->size(), scale);
        if (r.ec != std::errc() || r.ptr != s->data() + s->size() || !(scale > 0.1f && scale <= 8)) {
            printError("--scale wants a number between 0.1 and 8 (got '" + *s + "')");
            return kExitUsage;
        }
    }
    // A bad output path is said before the work, not after it.
    if (auto ok = geo::checkOutputPath(*args.value("out")); !ok) {
        printError(geo::describe(ok.error()));
        return kExitBadInput;
    }
    geo::Diagnostics diag;
    auto scene = territory ? defaultTerritoryScene(args.value("data").value_or(""), diag)
                           : readScene(args.positional[0], args.value("data").value_or(""));
    if (!scene) {
        printError(geo::describe(scene.error()));
        return kExitBadInput;
    }
    if (auto size = args.value("size")) {
        int w = 0, h = 0;
        if (std::sscanf(size->c_str(), "%dx%d", &w, &h) != 2 || w < 1 || h < 1 || w > 16384 || h > 16384) {
            printError("--size wants WIDTHxHEIGHT in pixels, such as 1600x1000 (got '" + *size + "')");
            return kExitUsage;
        }
        scene->width = w;
        scene->height = h;
    }
    geo::keepLargeBlocksInHeap();
    auto image = renderScene(scene.value(), scale, diag);
    printWarnings(diag.warnings);
    if (!image) {
        printError(geo::describe(image.error()));
        return kExitBadInput;
    }
    if (auto st = render::writePng(*args.value("out"), image->width, image->height, image->rgba); !st) {
        printError(geo::describe(st.error()));
        return kExitBadInput;
    }
    std::printf("{\"out\": \"%s\", \"size\": [%d, %d]}\n", args.value("out")->c_str(), image->width, image->height);
    return kExitOk;
}

}  // namespace app
