// Choropleth classes and their legend text.
#include "style.hpp"

#include <algorithm>
#include <cmath>

#include "number_format.hpp"

namespace app {

ChoroplethSpec divergingChoropleth(std::string field, double inner, double middle, double outer) {
    ChoroplethSpec c;
    c.field = std::move(field);
    c.breaks = {-outer, -middle, -inner, inner, middle, outer};
    c.colors = {{178, 24, 43, 255},
                {239, 138, 98, 255},
                {253, 219, 199, 255},
                {247, 247, 247, 255},
                {209, 229, 240, 255},
                {103, 169, 207, 255},
                {33, 102, 172, 255}};
    return c;
}

std::size_t classOf(double value, const std::vector<double>& breaks) {
    return static_cast<std::size_t>(std::upper_bound(breaks.begin(), breaks.end(), value) - breaks.begin());
}

std::optional<double> numericValue(const geo::Value& v) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&v)) return std::isfinite(*d) ? std::optional<double>(*d) : std::nullopt;
    return std::nullopt;
}

std::vector<std::string> classLabels(const ChoroplethSpec& c, Language lang) {
    std::vector<std::string> out;
    if (!c.labels.empty()) {
        for (const auto& l : c.labels) out.push_back(l.in(lang));
        return out;
    }
    auto fmt = [lang](double v) {
        return formatNumber(lang, v, std::floor(v) == v ? 0 : (std::floor(v * 10) == v * 10 ? 1 : 2));
    };
    for (std::size_t k = 0; k <= c.breaks.size(); ++k) {
        if (c.breaks.empty())
            out.push_back(tr(lang, Text::AllValues));
        else if (k == 0)
            out.push_back(trf(lang, Text::ClassBelow, {fmt(c.breaks[0])}));
        else if (k == c.breaks.size())
            out.push_back(trf(lang, Text::ClassAtLeast, {fmt(c.breaks[k - 1])}));
        else
            out.push_back(trf(lang, Text::ClassBetween, {fmt(c.breaks[k - 1]), fmt(c.breaks[k])}));
    }
    return out;
}

}  // namespace app
