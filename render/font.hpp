// A signed-distance-field glyph atlas baked from a TTF with stb_truetype: one atlas serves
// every text size, with a halo for free. Covers Latin-1 and Latin Extended-A (French place
// names: é, è, ô, ç, œ, ÿ...) and the usual typographic signs (’ « » – € …).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "color.hpp"
#include "geo/result.hpp"
#include "gl.hpp"

namespace render {

struct ScreenVertex {
    float x, y;  // pixels, top-left origin
    float u, v;  // atlas coordinates; u < 0 for solid colour
    float r, g, b, a;
    float edge;    // distance value of the edge drawn (textEdge() for the glyph, lower for a halo)
    float smooth;  // half-width of the edge's smoothing, in distance units
};

class Font {
public:
    // Bakes the atlas (CPU); the texture is created on first use on the GL thread.
    static geo::Result<Font> load(const std::string& ttfPath);

    float measure(std::string_view utf8, float px) const;
    float ascent(float px) const { return m_ascent * px / kBakeSize; }
    float descent(float px) const { return m_descent * px / kBakeSize; }
    // Appends the glyph quads of a line of text whose baseline starts at (x, y).
    // `halo` > 0 draws the text grown by that many pixels (a halo drawn under the text).
    void layout(std::string_view utf8,
                float x,
                float y,
                float px,
                Rgba color,
                float halo,
                std::vector<ScreenVertex>& out) const;
    void bindTexture(int unit) const;
    // Distance units (0..1) per screen pixel of text drawn at size px.
    static float unitsPerPixel(float px) { return (kBakeSize / px) * kSpread / 255.0f; }

    static constexpr float kBakeSize = 40.0f;             // glyph height the atlas is baked at
    static constexpr int kPadding = 6;                    // distance field reach, atlas pixels
    static constexpr float kOnEdge = 180.0f;              // distance value on the glyph edge (0..255)
    static constexpr float kSpread = kOnEdge / kPadding;  // distance units per atlas pixel

private:
    struct Glyph {
        float u0, v0, u1, v1;  // atlas
        float x0, y0, x1, y1;  // quad relative to the pen at bake size
        float advance;
    };
    const Glyph* glyph(char32_t cp) const;
    std::unordered_map<char32_t, Glyph> m_glyphs;
    std::vector<unsigned char> m_atlas;
    int m_atlasW = 0, m_atlasH = 0;
    float m_ascent = 0, m_descent = 0;
    mutable Texture m_texture;
};

// Decodes UTF-8 (invalid bytes become U+FFFD).
std::u32string decodeUtf8(std::string_view s);

}  // namespace render
