// Checked JSON readers for styles.
#include "style_json.hpp"

#include <algorithm>

#include "geo/checked_number.hpp"
#include "json_file.hpp"

namespace app {

using Json = nlohmann::json;

render::Rgba jsonColor(const Json& j, const std::string& key) {
    if (!j.is_string()) throw JsonError{key + " must be a colour such as \"#3a7bd5\""};
    auto c = render::parseColor(j.get<std::string>());
    if (!c) throw JsonError{key + ": '" + j.get<std::string>() + "' is not a colour (#rrggbb or #rrggbbaa)"};
    return *c;
}

double jsonNumber(const Json& j, const std::string& key) {
    if (!j.is_number()) throw JsonError{key + " must be a number"};
    // Within what a float holds (widths, sizes and opacities become floats): 1e308 is no width.
    auto v = jsonCheckedValue(j, key, geo::NumberLimits{-1e30, 1e30});
    if (!v) throw JsonError{v.error().message};
    return v.value();
}

std::string jsonString(const Json& j, const std::string& key) {
    if (!j.is_string()) throw JsonError{key + " must be a string"};
    return j.get<std::string>();
}

LocalText jsonLocalText(const Json& j, const std::string& key) {
    if (j.is_string()) return {j.get<std::string>(), {}};
    if (!j.is_object() || !j.contains("fr")) throw JsonError{key + " must be a text, or {\"fr\": ..., \"en\": ...}"};
    return {jsonString(j["fr"], key + ".fr"), j.contains("en") ? jsonString(j["en"], key + ".en") : std::string()};
}

namespace {

std::string valueText(const Json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    return v.dump();
}

render::MarkerShape shape(const std::string& s, const std::string& key) {
    if (s == "circle") return render::MarkerShape::Circle;
    if (s == "square") return render::MarkerShape::Square;
    if (s == "diamond") return render::MarkerShape::Diamond;
    if (s == "triangle") return render::MarkerShape::Triangle;
    throw JsonError{key + ": unknown shape '" + s + "' (circle, square, diamond, triangle)"};
}

}  // namespace

ChoroplethSpec readChoropleth(const Json& c, const std::string& ck) {
    ChoroplethSpec spec;
    spec.field = jsonString(c.value("field", Json()), ck + ".field");
    if (!c.contains("breaks") || !c["breaks"].is_array()) throw JsonError{ck + ".breaks must be an array of numbers"};
    for (const auto& b : c["breaks"]) spec.breaks.push_back(jsonNumber(b, ck + ".breaks"));
    if (!std::is_sorted(spec.breaks.begin(), spec.breaks.end())) throw JsonError{ck + ".breaks must be ascending"};
    if (!c.contains("colors") || !c["colors"].is_array()) throw JsonError{ck + ".colors must be an array of colours"};
    for (const auto& col : c["colors"]) spec.colors.push_back(jsonColor(col, ck + ".colors"));
    if (spec.colors.size() != spec.breaks.size() + 1)
        throw JsonError{ck + ": " + std::to_string(spec.breaks.size()) + " breaks need " +
                        std::to_string(spec.breaks.size() + 1) + " colours, not " + std::to_string(spec.colors.size())};
    if (c.contains("labels"))
        for (const auto& lab : c["labels"]) spec.labels.push_back(jsonLocalText(lab, ck + ".labels"));
    if (!spec.labels.empty() && spec.labels.size() != spec.colors.size())
        throw JsonError{ck + ".labels needs one label per class"};
    if (c.contains("no_data")) spec.noData = jsonColor(c["no_data"], ck + ".no_data");
    return spec;
}

void readLayerStyle(const Json& j, const std::string& at, LayerStyle& l) {
    if (j.contains("title")) l.title = jsonLocalText(j["title"], at + ".title");
    if (j.contains("fill")) {
        l.fillSet = true;
        if (!j["fill"].is_null()) l.fill = jsonColor(j["fill"], at + ".fill");
    }
    if (j.contains("outline")) {
        l.outlineSet = true;
        if (!j["outline"].is_null()) l.outline = jsonColor(j["outline"], at + ".outline");
    }
    if (j.contains("outline_width"))
        l.outlineWidth = static_cast<float>(jsonNumber(j["outline_width"], at + ".outline_width"));
    if (l.outlineWidth < 0 || l.outlineWidth > 50)
        throw JsonError{at + ".outline_width must be between 0 and 50 pixels"};
    if (j.contains("opacity")) l.opacity = static_cast<float>(jsonNumber(j["opacity"], at + ".opacity"));
    if (l.opacity < 0 || l.opacity > 1) throw JsonError{at + ".opacity must be between 0 and 1"};
    if (j.contains("attribution")) l.attribution = jsonLocalText(j["attribution"], at + ".attribution");
    if (j.contains("choropleth")) l.choropleth = readChoropleth(j["choropleth"], at + ".choropleth");
    if (j.contains("categories")) {
        const Json& c = j["categories"];
        const std::string ck = at + ".categories";
        CategoriesSpec spec;
        spec.field = jsonString(c.value("field", Json()), ck + ".field");
        if (!c.contains("values") || !c["values"].is_object())
            throw JsonError{ck + ".values must be an object {value: colour}"};
        for (const auto& [k, v] : c["values"].items()) spec.values.emplace_back(k, jsonColor(v, ck + ".values." + k));
        if (c.contains("labels")) {
            for (const auto& [k, v] : c["labels"].items()) {
                (void)k;
                spec.labels.push_back(jsonLocalText(v, ck + ".labels"));
            }
            if (spec.labels.size() != spec.values.size()) throw JsonError{ck + ".labels needs one label per value"};
        }
        if (c.contains("other") && !c["other"].is_null()) spec.other = jsonColor(c["other"], ck + ".other");
        if (c.contains("other_label")) spec.otherLabel = jsonLocalText(c["other_label"], ck + ".other_label");
        l.categories = spec;
    }
    if (j.contains("hatching")) {
        const Json& h = j["hatching"];
        const std::string hk = at + ".hatching";
        if (!l.categories) throw JsonError{hk + " needs categories (it redraws them as lines)"};
        HatchingSpec spec;
        if (h.contains("period")) spec.period = static_cast<float>(jsonNumber(h["period"], hk + ".period"));
        if (spec.period < 3 || spec.period > 64) throw JsonError{hk + ".period must be between 3 and 64 pixels"};
        if (!h.contains("values") || !h["values"].is_object())
            throw JsonError{hk + ".values must be an object {value: colour}"};
        for (const auto& [k, v] : h["values"].items()) spec.values.emplace_back(k, jsonColor(v, hk + ".values." + k));
        l.hatching = spec;
    }
    if (j.contains("filter")) {
        const Json& f = j["filter"];
        const std::string fk = at + ".filter";
        FilterSpec spec;
        spec.field = jsonString(f.value("field", Json()), fk + ".field");
        if (f.contains("in")) {
            if (!f["in"].is_array()) throw JsonError{fk + ".in must be an array"};
            for (const auto& v : f["in"]) spec.in.push_back(valueText(v));
        }
        if (f.contains("min")) spec.min = jsonNumber(f["min"], fk + ".min");
        if (f.contains("max")) spec.max = jsonNumber(f["max"], fk + ".max");
        l.filter = spec;
    }
    if (j.contains("selection")) {
        const Json& s = j["selection"];
        l.selectionField = jsonString(s.value("field", Json()), at + ".selection.field");
        if (!s.contains("values") || !s["values"].is_array())
            throw JsonError{at + ".selection.values must be an array"};
        for (const auto& v : s["values"]) l.selection.push_back(valueText(v));
    }
    if (j.contains("label") && j["label"].is_null()) l.label.reset();  // "label": null: none
    if (j.contains("label") && !j["label"].is_null()) {
        const Json& lab = j["label"];
        LabelSpec spec;
        if (lab.is_string()) {
            spec.field = lab.get<std::string>();
        } else {
            spec.field = jsonString(lab.value("field", Json()), at + ".label.field");
            if (lab.contains("priority")) spec.priority = jsonString(lab["priority"], at + ".label.priority");
            if (lab.contains("size")) spec.size = static_cast<float>(jsonNumber(lab["size"], at + ".label.size"));
        }
        l.label = spec;
    }
    if (j.contains("marker")) {
        const Json& m = j["marker"];
        if (m.contains("shape"))
            l.marker.shape = shape(jsonString(m["shape"], at + ".marker.shape"), at + ".marker.shape");
        if (m.contains("size")) l.marker.size = static_cast<float>(jsonNumber(m["size"], at + ".marker.size"));
        if (m.contains("cluster")) l.marker.cluster = m["cluster"].get<bool>();
    }
}

geo::Result<LayerStyle> layerStyleFromJson(const nlohmann::json& j, const std::string& at) {
    try {
        if (!j.is_object()) throw JsonError{at + " must be an object"};
        LayerStyle l;
        readLayerStyle(j, at, l);
        return l;
    } catch (const JsonError& b) {
        return geo::Error{geo::ErrorCode::BadFormat, b.message, ""};
    } catch (const nlohmann::json::exception& e) {
        return geo::Error{geo::ErrorCode::BadFormat, at + ": wrong value type: " + e.what(), ""};
    }
}

geo::Result<ChoroplethSpec> choroplethFromJson(const nlohmann::json& j, const std::string& at) {
    try {
        if (!j.is_object()) throw JsonError{at + " must be an object"};
        return readChoropleth(j, at);
    } catch (const JsonError& b) {
        return geo::Error{geo::ErrorCode::BadFormat, b.message, ""};
    } catch (const nlohmann::json::exception& e) {
        return geo::Error{geo::ErrorCode::BadFormat, at + ": wrong value type: " + e.what(), ""};
    }
}

}  // namespace app
