// Colours as RGBA bytes, parsed from "#rrggbb" / "#rrggbbaa".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace render {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba&) const = default;
};

std::optional<Rgba> parseColor(const std::string& text);

inline Rgba withAlpha(Rgba c, float alpha) {
    c.a = static_cast<std::uint8_t>(c.a * alpha + 0.5f);
    return c;
}

}  // namespace render
