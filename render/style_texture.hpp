// One RGBA texel per feature: a filter or a choropleth change rewrites this small texture,
// never the meshes. Alpha 0 hides a feature.
#pragma once

#include <vector>

#include "color.hpp"
#include "gl.hpp"

namespace render {

class StyleTexture {
public:
    // The shaders address a feature's texel as (id & 1023, id >> 10): keep them in step.
    static constexpr int kWidth = 1024;
    void upload(const std::vector<Rgba>& perFeature);
    void bind(int unit) const;

private:
    Texture m_texture;
};

}  // namespace render
