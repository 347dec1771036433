#version 330 core
flat in int v_feature;
uniform sampler2D u_style;
uniform float u_opacity;
out vec4 o_color;
void main() {
    int w = textureSize(u_style, 0).x;
    vec4 color = texelFetch(u_style, ivec2(v_feature % w, v_feature / w), 0);
    if (color.a == 0.0) discard;  // filtered out
    o_color = vec4(color.rgb, color.a * u_opacity);
}
