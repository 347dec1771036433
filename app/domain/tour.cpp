#include "tour.hpp"

#include <algorithm>
#include <cctype>

#include "json_file.hpp"

namespace app {

double Tour::seconds() const {
    double total = 0;
    for (const auto& s : steps) total += s.seconds;
    return total;
}

namespace {

geo::Result<TourStep> readStep(const nlohmann::json& s, const std::string& at) {
    auto bad = [&](const std::string& what) { return geo::Error{geo::ErrorCode::BadFormat, at + ": " + what, ""}; };
    if (!s.is_object()) return bad("a step is an object");
    TourStep step;
    const auto& e = s.contains("extent_lonlat") ? s["extent_lonlat"] : nlohmann::json();
    if (!e.is_array() || e.size() != 4 || !std::all_of(e.begin(), e.end(), [](const auto& v) { return v.is_number(); }))
        return bad("extent_lonlat must be [west, south, east, north] in degrees");
    step.extentLonLat = geo::Box{e[0].get<double>(), e[1].get<double>(), e[2].get<double>(), e[3].get<double>()};
    const geo::Box& b = step.extentLonLat;
    if (!(b.minX >= -180 && b.maxX <= 180 && b.minY >= -90 && b.maxY <= 90 && b.minX < b.maxX && b.minY < b.maxY))
        return bad("extent_lonlat must have west < east and south < north, within the globe");
    if (s.contains("indicator") && s["indicator"].is_string()) step.indicator = s["indicator"].get<std::string>();
    if (s.contains("profession") && s["profession"].is_string()) step.profession = s["profession"].get<std::string>();
    step.layers = jsonTexts(s, "layers");
    step.caption = jsonLocal(s, "caption");
    if (step.caption.fr.empty() || step.caption.en.empty()) return bad("caption needs {\"fr\": ..., \"en\": ...}");
    auto seconds = jsonCheckedNumber(s, "seconds", geo::NumberLimits{2, 120}, at);
    if (!seconds) return seconds.error();
    if (*seconds) step.seconds = **seconds;
    if (s.contains("figures") && s["figures"].is_array())
        for (const auto& f : s["figures"]) {
            auto v = jsonCheckedNumber(f, "value", geo::NumberLimits{-1e12, 1e12}, at + ".figures");
            if (!v) return v.error();
            if (!*v || jsonText(f, "sql").empty()) return bad("each figure needs a value and its sql");
            step.figures.push_back({**v, jsonText(f, "sql")});
        }
    if (s.contains("quotes") && s["quotes"].is_array())
        for (const auto& q : s["quotes"]) {
            TourQuote quote{jsonText(q, "seed"), jsonText(q, "text"), {}};
            if (quote.seed.empty() || quote.text.empty()) return bad("each quote needs its seed and text");
            if (q.contains("values") && q["values"].is_array())
                for (const auto& v : q["values"])
                    if (v.is_number()) quote.values.push_back(v.get<double>());
            step.quotes.push_back(quote);
        }
    return step;
}

}  // namespace

geo::Result<Tour> readTour(const std::string& path) {
    auto json = readJsonFile(path);
    if (!json) return json.error();
    const auto& j = json.value();
    auto bad = [&](const std::string& what) { return geo::Error{geo::ErrorCode::BadFormat, what, path}; };
    if (!j.is_object() || !j.contains("steps") || !j["steps"].is_array() || j["steps"].empty())
        return bad("a tour is {\"name\": ..., \"steps\": [...]} with at least one step");
    Tour tour;
    tour.name = jsonLocal(j, "name");
    if (tour.name.fr.empty()) return bad("the tour needs a name");
    for (std::size_t i = 0; i < j["steps"].size(); ++i) {
        auto step = readStep(j["steps"][i], "step " + std::to_string(i + 1));
        if (!step) return geo::Error{step.error().code, step.error().message, path};
        tour.steps.push_back(std::move(step.value()));
    }
    return tour;
}

std::vector<double> captionNumbers(const std::string& caption) {
    // Digits, with thousands grouped by a space, a no-break space or a comma followed by three
    // digits; a decimal comma or point followed by fewer or more than three digits.
    std::vector<double> out;
    std::size_t i = 0;
    auto digit = [&](std::size_t k) {
        return k < caption.size() && std::isdigit(static_cast<unsigned char>(caption[k]));
    };
    while (i < caption.size()) {
        if (!digit(i)) {
            ++i;
            continue;
        }
        std::string number;
        while (i < caption.size()) {
            if (digit(i)) {
                number += caption[i++];
                continue;
            }
            // A separator between digit groups: space, U+00A0 (C2 A0), U+202F (E2 80 AF), comma.
            std::size_t width = caption[i] == ' ' || caption[i] == ',' ? 1 : 0;
            if (caption.compare(i, 2, "\xc2\xa0") == 0) width = 2;
            if (caption.compare(i, 3, "\xe2\x80\xaf") == 0) width = 3;
            const bool group =
                width && digit(i + width) && digit(i + width + 1) && digit(i + width + 2) && !digit(i + width + 3);
            if (group) {
                i += width;
                continue;
            }
            if ((caption[i] == ',' || caption[i] == '.') && digit(i + 1)) {  // a decimal part
                number += '.';
                ++i;
                continue;
            }
            break;
        }
        out.push_back(std::stod(number));
    }
    return out;
}

}  // namespace app
