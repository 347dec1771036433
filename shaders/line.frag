#version 330 core
// Analytic anti-aliasing: the part of the pixel the line covers, from its distance to the centre.
flat in vec4 v_color;
flat in float v_halfWidth;
in float v_across;
uniform float u_opacity;
out vec4 o_color;
void main() {
    float coverage = clamp(v_halfWidth + 0.5 - abs(v_across), 0.0, 1.0);
    o_color = vec4(v_color.rgb, v_color.a * u_opacity * coverage);
}
