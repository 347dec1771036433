// How a layer is drawn, as data: fill and outline, choropleth classes, categories, filter,
// selection, labels and markers. The catalogue stores styles in these terms and the map draws
// them; nothing here touches GL.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "geo/feature_table.hpp"
#include "render/color.hpp"
#include "render/marker.hpp"
#include "ui_text.hpp"

namespace app {

struct ChoroplethSpec {
    std::string field;
    std::vector<double> breaks;               // ascending; class k holds values in [breaks[k-1], breaks[k])
    std::vector<render::Rgba> colors;         // breaks.size() + 1 colours
    std::vector<LocalText> labels;            // optional legend labels, one per class
    render::Rgba noData{204, 204, 204, 255};  // features without a value ("pas de données")
};

// Colours by the text value of a field (zoning classes, départements); others take `other`.
struct CategoriesSpec {
    std::string field;
    std::vector<std::pair<std::string, render::Rgba>> values;  // in legend order
    std::vector<LocalText> labels;                             // legend text per value (optional)
    std::optional<render::Rgba> other;                         // nullopt: other values are not drawn
    LocalText otherLabel = localText(Text::OtherValues);       // legend text of `other`
};

// The colours a category layer takes when drawn as hatching over another layer's colours (a
// zoning over an indicator): per value, the lines' colour; other values are not drawn.
struct HatchingSpec {
    float period = 8;  // pixels at scale 1
    std::vector<std::pair<std::string, render::Rgba>> values;
};

struct FilterSpec {
    std::string field;
    std::vector<std::string> in;     // keep features whose value (as text) is one of these
    std::optional<double> min, max;  // or within [min, max]
};

struct LabelSpec {
    std::string field;     // text of the label
    std::string priority;  // numeric field: larger values are placed first (population)
    float size = 12;       // pixels at scale 1
};

struct MarkerSpec {
    render::MarkerShape shape = render::MarkerShape::Circle;
    float size = 10;      // pixels at scale 1
    bool cluster = true;  // merge markers that overlap, with their count
};

struct LayerStyle {
    LocalText title;                   // legend entry; defaults to the layer name
    std::optional<render::Rgba> fill;  // nullopt with fillSet: no fill
    bool fillSet = false;
    std::optional<render::Rgba> outline;  // nullopt with outlineSet: no outline ("outline": null)
    bool outlineSet = false;
    float outlineWidth = 1;  // pixels at scale 1
    float opacity = 1;
    std::optional<ChoroplethSpec> choropleth;
    std::optional<CategoriesSpec> categories;
    std::optional<HatchingSpec> hatching;  // how the categories look over a choropleth
    bool hatched = false;                  // drawn as `hatching` now (set by the finder)
    std::optional<FilterSpec> filter;
    std::vector<std::string> selection;  // values of selectionField to highlight
    std::string selectionField;
    std::optional<LabelSpec> label;
    MarkerSpec marker;
    LocalText attribution;  // source line for the attribution
};

// A change centred on 0 in seven classes (ColorBrewer RdBu): losses red, gains blue, white within
// ±inner; the other breaks at ±middle and ±outer.
ChoroplethSpec divergingChoropleth(std::string field, double inner, double middle, double outer);

// Class index of a value (breaks ascending; values equal to a break go to the upper class).
std::size_t classOf(double value, const std::vector<double>& breaks);

// Numeric value of a cell, nullopt when missing, not a number or not finite.
std::optional<double> numericValue(const geo::Value& v);

// Legend text of each choropleth class: the given labels, else "< 2,5", "2,5 – 4", "≥ 4".
std::vector<std::string> classLabels(const ChoroplethSpec& c, Language lang = Language::French);

}  // namespace app
