#version 330 core
// Outlines wider than a pixel, and highlights, as screen-space quads: one instance per segment, widened in pixels so that lines keep
// their width at any zoom (core profile has no wide GL_LINES).
layout(location = 0) in vec2 a_corner;   // x: 0 at p0, 1 at p1; y: -1 or +1 across
layout(location = 1) in vec2 a_p0;
layout(location = 2) in vec2 a_p1;
layout(location = 3) in float a_feature;
uniform vec4 u_transform;
uniform vec2 u_viewport;     // pixels
uniform float u_width;       // pixels
uniform sampler2D u_style;   // outline colour per feature; alpha 0 hides it
uniform vec4 u_override;     // when its alpha > 0, every segment drawn takes this colour (highlight)
flat out vec4 v_color;
flat out float v_halfWidth;
out float v_across;  // pixels from the line's centre
void main() {
    int id = int(a_feature + 0.5);
    v_color = u_override.a > 0.0 ? u_override : texelFetch(u_style, ivec2(id & 1023, id >> 10), 0);
    vec2 c0 = a_p0 * u_transform.xy + u_transform.zw;
    vec2 c1 = a_p1 * u_transform.xy + u_transform.zw;
    vec2 s0 = c0 * 0.5 * u_viewport;
    vec2 s1 = c1 * 0.5 * u_viewport;
    vec2 d = s1 - s0;
    float len = length(d);
    vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-dir.y, dir.x);
    v_halfWidth = 0.5 * u_width;
    // Half a pixel more on each side: the fragment shader fades the edge by its coverage.
    float half_w = v_halfWidth + 0.5;
    v_across = a_corner.y * half_w;
    // Square caps join consecutive segments without gaps.
    vec2 s = mix(s0 - dir * v_halfWidth, s1 + dir * v_halfWidth, a_corner.x) + normal * v_across;
    gl_Position = vec4(s / (0.5 * u_viewport), 0.0, 1.0);
}
