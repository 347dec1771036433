// `santemap render SCENE.json --out map.png [--scale 2] [--data DIR]`: the map as a PNG, offscreen.
#include <charconv>
#include <cmath>

#include "cli_args.hpp"
#include "commands.hpp"
#include "render/offscreen.hpp"
#include "scene_image.hpp"

namespace app {

int runRender(int argc, char** argv) {
    const char* usage = "usage: santemap render SCENE.json --out map.png [--scale 2] [--data DIR]";
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"out", "scale", "data"}, {}, args)) {
        printError(err->message + "\n" + usage);
        return kExitUsage;
    }
    if (args.positional.size() != 1 || !args.value("out")) {
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
    auto scene = readScene(args.positional[0], args.value("data").value_or(""));
    if (!scene) {
        printError(geo::describe(scene.error()));
        return kExitBadInput;
    }
    geo::Diagnostics diag;
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
