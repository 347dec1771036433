#version 330 core
// A line thinner than a pixel is drawn one pixel wide with its alpha scaled by its width.
flat in vec4 v_color;
uniform float u_opacity;
uniform float u_coverage;  // the line's width in pixels, at most 1
out vec4 o_color;
void main() {
    if (v_color.a == 0.0) discard;
    o_color = vec4(v_color.rgb, v_color.a * u_opacity * u_coverage);
}
