// Builds every program; a driver that refuses one reports which.
#include "programs.hpp"

#include "shader_program.hpp"
#include "shaders.hpp"

namespace render {

geo::Result<Programs> Programs::build() {
    Programs p;
    auto fill = buildProgram("fill", shaders::fill_vert, shaders::fill_frag);
    if (!fill) return fill.error();
    auto line = buildProgram("line", shaders::line_vert, shaders::line_frag);
    if (!line) return line.error();
    auto thinLine = buildProgram("thin_line", shaders::thin_line_vert, shaders::thin_line_frag);
    if (!thinLine) return thinLine.error();
    auto point = buildProgram("point", shaders::point_vert, shaders::point_frag);
    if (!point) return point.error();
    auto screen = buildProgram("screen", shaders::screen_vert, shaders::screen_frag);
    if (!screen) return screen.error();
    auto smooth = buildProgram("smooth", shaders::smooth_vert, shaders::smooth_frag);
    if (!smooth) return smooth.error();
    p.smooth = std::move(smooth.value());
    p.fill = std::move(fill.value());
    p.thinLine = std::move(thinLine.value());
    p.line = std::move(line.value());
    p.point = std::move(point.value());
    p.screen = std::move(screen.value());
    return p;
}

}  // namespace render
