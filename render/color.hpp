// Colours as RGBA bytes, parsed from "#rrggbb" / "#rrggbbaa". A plain header (no GL): the domain's
// styles use it too.
#pragma once

#include <cctype>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>

namespace render {

struct Rgba {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba&) const = default;
};

inline std::optional<Rgba> parseColor(const std::string& text) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return std::nullopt;
    auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    auto hex = [&](std::size_t i) -> int {
        const int hi = digit(text[i]), lo = digit(text[i + 1]);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    };
    const int r = hex(1), g = hex(3), b = hex(5), a = text.size() == 9 ? hex(7) : 255;
    if (r < 0 || g < 0 || b < 0 || a < 0) return std::nullopt;
    return Rgba{static_cast<std::uint8_t>(r),
                static_cast<std::uint8_t>(g),
                static_cast<std::uint8_t>(b),
                static_cast<std::uint8_t>(a)};
}

inline Rgba withAlpha(Rgba c, float alpha) {
    c.a = static_cast<std::uint8_t>(std::lround(c.a * alpha));
    return c;
}

}  // namespace render
