// Atlas baking with stbtt_GetCodepointSDF and shelf packing.
#include "font.hpp"

#include <stb/stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

namespace render {

std::u32string decodeUtf8(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
        bool ok = true;
        for (int k = 1; k < len; ++k) {
            const unsigned char cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80) ok = false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        out.push_back(ok ? cp : 0xFFFD);
        i += ok ? static_cast<std::size_t>(len) : 1;
    }
    return out;
}

geo::Result<Font> Font::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return geo::Error{geo::ErrorCode::NotFound, "font not found (install fonts-dejavu-core)", path};
    std::vector<unsigned char> ttf((std::istreambuf_iterator<char>(in)), {});
    stbtt_fontinfo info;
    if (!stbtt_InitFont(&info, ttf.data(), stbtt_GetFontOffsetForIndex(ttf.data(), 0)))
        return geo::Error{geo::ErrorCode::BadFormat, "not a TrueType font", path};
    const float scale = stbtt_ScaleForPixelHeight(&info, kBakeSize);
    int ascent, descent, gap;
    stbtt_GetFontVMetrics(&info, &ascent, &descent, &gap);

    Font f;
    f.m_ascent = ascent * scale;
    f.m_descent = -descent * scale;
    std::vector<char32_t> codepoints;
    for (char32_t c = 0x20; c < 0x7F; ++c) codepoints.push_back(c);
    for (char32_t c = 0xA0; c < 0x180; ++c) codepoints.push_back(c);
    for (char32_t c : {0x2019,
                       0x2018,
                       0x201C,
                       0x201D,
                       0x2013,
                       0x2014,
                       0x2026,
                       0x20AC,
                       0x2022,
                       0x00B7,
                       0x2192,
                       0x2264,
                       0x2265,
                       0x2212,
                       0x202F,
                       0x00D7,
                       0xFFFD})
        codepoints.push_back(c);

    struct Bitmap {
        char32_t cp;
        int w, h, xoff, yoff;
        unsigned char* data;
        float advance;
    };
    std::vector<Bitmap> bitmaps;
    for (char32_t cp : codepoints) {
        if (!stbtt_FindGlyphIndex(&info, static_cast<int>(cp))) continue;
        Bitmap b{cp, 0, 0, 0, 0, nullptr, 0};
        int adv, lsb;
        stbtt_GetCodepointHMetrics(&info, static_cast<int>(cp), &adv, &lsb);
        b.advance = adv * scale;
        b.data = stbtt_GetCodepointSDF(&info,
                                       scale,
                                       static_cast<int>(cp),
                                       kPadding,
                                       static_cast<unsigned char>(kOnEdge),
                                       kSpread,
                                       &b.w,
                                       &b.h,
                                       &b.xoff,
                                       &b.yoff);
        bitmaps.push_back(b);
    }
    // Shelf packing, tallest first.
    std::vector<std::size_t> order(bitmaps.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return bitmaps[a].h > bitmaps[b].h; });
    const int W = 1024;
    int x = 0, y = 0, shelf = 0;
    std::vector<std::pair<int, int>> pos(bitmaps.size());
    for (std::size_t i : order) {
        const Bitmap& b = bitmaps[i];
        if (x + b.w + 1 > W) {
            x = 0;
            y += shelf + 1;
            shelf = 0;
        }
        pos[i] = {x, y};
        x += b.w + 1;
        shelf = std::max(shelf, b.h);
    }
    const int H = y + shelf + 1;
    f.m_atlasW = W;
    f.m_atlasH = H;
    f.m_atlas.assign(static_cast<std::size_t>(W) * H, 0);
    for (std::size_t i = 0; i < bitmaps.size(); ++i) {
        const Bitmap& b = bitmaps[i];
        for (int r = 0; r < b.h; ++r)
            std::copy(
                b.data + r * b.w, b.data + (r + 1) * b.w, f.m_atlas.begin() + (pos[i].second + r) * W + pos[i].first);
        Glyph g;
        g.u0 = static_cast<float>(pos[i].first) / W;
        g.v0 = static_cast<float>(pos[i].second) / H;
        g.u1 = static_cast<float>(pos[i].first + b.w) / W;
        g.v1 = static_cast<float>(pos[i].second + b.h) / H;
        g.x0 = static_cast<float>(b.xoff);
        g.y0 = static_cast<float>(b.yoff);
        g.x1 = static_cast<float>(b.xoff + b.w);
        g.y1 = static_cast<float>(b.yoff + b.h);
        g.advance = b.advance;
        f.m_glyphs.emplace(b.cp, g);
        stbtt_FreeSDF(b.data, nullptr);
    }
    return f;
}

const Font::Glyph* Font::glyph(char32_t cp) const {
    if (cp == 0x202F || cp == 0x00A0) cp = ' ';  // narrow and regular no-break spaces as spaces
    auto it = m_glyphs.find(cp);
    if (it == m_glyphs.end()) it = m_glyphs.find(0xFFFD);
    return it == m_glyphs.end() ? nullptr : &it->second;
}

float Font::measure(std::string_view utf8, float px) const {
    float w = 0;
    for (char32_t cp : decodeUtf8(utf8))
        if (const Glyph* g = glyph(cp)) w += g->advance;
    return w * px / kBakeSize;
}

void Font::layout(
    std::string_view utf8, float x, float y, float px, Rgba color, float halo, std::vector<ScreenVertex>& out) const {
    const float k = px / kBakeSize;
    const float unit = unitsPerPixel(px);
    const float edge = std::max(0.02f, kOnEdge / 255.0f - halo * unit);
    const float sm = 0.6f * unit;
    const float r = color.r / 255.f, gr = color.g / 255.f, b = color.b / 255.f, a = color.a / 255.f;
    for (char32_t cp : decodeUtf8(utf8)) {
        const Glyph* g = glyph(cp);
        if (!g) continue;
        if (g->x1 > g->x0) {
            const float x0 = x + g->x0 * k, y0 = y + g->y0 * k, x1 = x + g->x1 * k, y1 = y + g->y1 * k;
            const ScreenVertex q[6] = {{x0, y0, g->u0, g->v0, r, gr, b, a, edge, sm},
                                       {x1, y0, g->u1, g->v0, r, gr, b, a, edge, sm},
                                       {x1, y1, g->u1, g->v1, r, gr, b, a, edge, sm},
                                       {x0, y0, g->u0, g->v0, r, gr, b, a, edge, sm},
                                       {x1, y1, g->u1, g->v1, r, gr, b, a, edge, sm},
                                       {x0, y1, g->u0, g->v1, r, gr, b, a, edge, sm}};
            out.insert(out.end(), q, q + 6);
        }
        x += g->advance * k;
    }
}

void Font::bindTexture(int unit) const {
    glActiveTexture(GL_TEXTURE0 + unit);
    if (!m_texture) {
        m_texture = makeTexture();
        glBindTexture(GL_TEXTURE_2D, m_texture.id());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, m_atlasW, m_atlasH, 0, GL_RED, GL_UNSIGNED_BYTE, m_atlas.data());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
}

}  // namespace render
