// The load pipeline the map runs before its first frame:
//   read (GDAL, source CRS) → project (PROJ, display CRS, worker pool) → tessellate (worker
//   pool; invalid polygons repaired with MakeValid) → index (R-tree over display boxes).
// Everything here is plain data, safe to hand to another thread once built.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "layer.hpp"
#include "result.hpp"
#include "source.hpp"
#include "spatial_index.hpp"

namespace geo {

struct LoadOptions {
    std::string displayCrs = "EPSG:2154";  // Lambert-93 for metropolitan France
    // Simplified levels of detail for the zoomed-out views (the map asks for them; `info --load`
    // does not): tolerances of extent/4000, extent/1000 and extent/250 for 3 levels.
    int detailLevels = 0;
    // For one picture (`santemap render`): the geometry is simplified, borders shared between
    // features kept joined, at this tolerance in display units before it is tessellated, and
    // only that geometry is built; detail the picture cannot show is never tessellated.
    // 0: full detail.
    double pictureTolerance = 0;
    // With pictureTolerance 0 and a picture size set (pixels), the tolerance is a quarter of a
    // pixel of the layer's own extent fitted to the picture: a scene's extent holds every layer's,
    // so its pixels are never smaller and the simplification never shows.
    int pictureWidth = 0, pictureHeight = 0;
};

// A polygon layer simplified for views where a pixel is about `tolerance` display units.
struct DetailLevel {
    double tolerance = 0;
    LayerGeometry display;
    std::vector<std::uint32_t> triangles;
    std::vector<std::uint32_t> triangleStart{0};
};

struct StageSeconds {
    double read = 0, project = 0, tessellate = 0, index = 0, total = 0;
};

struct LoadedLayer {
    Layer layer;            // attributes and geometry in the source CRS
    LayerGeometry display;  // same features in the display CRS; kind None when out of view
    // Triangles as vertex indices into display.vertices; feature f owns
    // triangles[3*triangleStart[f] .. 3*triangleStart[f+1]).
    std::vector<std::uint32_t> triangles;
    std::vector<std::uint32_t> triangleStart{0};
    SpatialIndex index;  // over display boxes of the features in view
    std::size_t outOfView = 0;
    std::size_t repaired = 0;
    std::vector<DetailLevel> levels;  // coarser first; empty unless LoadOptions::detailLevels
    StageSeconds seconds;
};

// Estimated bytes needed to load a file: an error when more than the memory available.
Status checkFitsInMemory(const std::string& path);

// Runs the pipeline on one layer of an opened source.
Result<LoadedLayer> loadLayer(const OpenedSource& source,
                              int layerIndex,
                              const LoadOptions& options,
                              Diagnostics& diag);

// Projection, tessellation and indexing of a layer already read (also used by tests and benchmarks).
Result<LoadedLayer> buildLayer(Layer layer, const LoadOptions& options, Diagnostics& diag);

}  // namespace geo
