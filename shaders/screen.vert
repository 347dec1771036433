#version 330 core
// Overlay geometry in pixels (top-left origin): text glyphs, legend swatches, scale bar.
layout(location = 0) in vec2 a_pos;    // pixels
layout(location = 1) in vec2 a_uv;     // atlas coordinates; negative u = solid colour
layout(location = 2) in vec4 a_color;
layout(location = 3) in vec2 a_edge;   // distance of the edge, smoothing half-width
uniform vec2 u_viewport;
out vec2 v_uv;
out vec4 v_color;
out vec2 v_edge;
void main() {
    v_uv = a_uv;
    v_color = a_color;
    v_edge = a_edge;
    gl_Position = vec4(a_pos.x / u_viewport.x * 2.0 - 1.0, 1.0 - a_pos.y / u_viewport.y * 2.0, 0.0, 1.0);
}
