#version 330 core
// Polygon fills: local metres → clip space; the feature's colour comes from the style texture.
layout(location = 0) in vec2 a_pos;
layout(location = 1) in float a_feature;
uniform vec4 u_transform;  // clip = a_pos * xy + zw
uniform sampler2D u_style;
flat out vec4 v_color;
void main() {
    int id = int(a_feature + 0.5);
    int w = textureSize(u_style, 0).x;
    v_color = texelFetch(u_style, ivec2(id % w, id / w), 0);
    gl_Position = vec4(a_pos * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
