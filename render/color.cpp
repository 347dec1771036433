// Hex colour parsing.
#include "color.hpp"

#include <cctype>

namespace render {

std::optional<Rgba> parseColor(const std::string& text) {
    if ((text.size() != 7 && text.size() != 9) || text[0] != '#') return std::nullopt;
    auto hex = [&](std::size_t i) -> int {
        auto v = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            return -1;
        };
        int hi = v(text[i]), lo = v(text[i + 1]);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    };
    int r = hex(1), g = hex(3), b = hex(5), a = text.size() == 9 ? hex(7) : 255;
    if (r < 0 || g < 0 || b < 0 || a < 0) return std::nullopt;
    return Rgba{static_cast<std::uint8_t>(r), static_cast<std::uint8_t>(g), static_cast<std::uint8_t>(b),
                static_cast<std::uint8_t>(a)};
}

}  // namespace render
