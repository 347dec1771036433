// Feature colours packed row by row, kWidth features a row.
#include "style_texture.hpp"

#include <algorithm>

namespace render {

void StyleTexture::upload(const std::vector<Rgba>& perFeature) {
    if (!m_texture) m_texture = makeTexture();
    const int rows = std::max<int>(1, static_cast<int>((perFeature.size() + kWidth - 1) / kWidth));
    std::vector<Rgba> texels(static_cast<std::size_t>(rows) * kWidth, Rgba{0, 0, 0, 0});
    std::copy(perFeature.begin(), perFeature.end(), texels.begin());
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kWidth, rows, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
}

void StyleTexture::bind(int unit) const {
    glActiveTexture(GL_TEXTURE0 + unit);
    glBindTexture(GL_TEXTURE_2D, m_texture.id());
}

}  // namespace render
