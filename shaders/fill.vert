#version 330 core
// Polygon fills: local metres → clip space, the feature's colour fetched once per vertex (a
// texel per feature, kStyleWidth = 1024 a row) and passed flat.
layout(location = 0) in vec2 a_pos;
layout(location = 1) in float a_feature;
uniform vec4 u_transform;  // clip = a_pos * xy + zw
uniform sampler2D u_style;
uniform float u_opacity;
flat out vec4 v_color;
void main() {
    int id = int(a_feature + 0.5);
    vec4 color = texelFetch(u_style, ivec2(id & 1023, id >> 10), 0);
    v_color = vec4(color.rgb, color.a * u_opacity);
    // A feature filtered out (alpha 0) is sent outside the clip volume: its triangles are culled
    // before rasterisation, and the fragment shader needs no discard.
    gl_Position = color.a == 0.0 ? vec4(2.0, 2.0, 2.0, 1.0) : vec4(a_pos * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
