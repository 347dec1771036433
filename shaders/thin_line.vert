#version 330 core
// Outlines of at most one pixel as GL_LINES over the fill's own vertices: on software GL a line
// costs a third of a widened quad. The colour is looked up once per vertex (a texel per feature).
layout(location = 0) in vec2 a_pos;
layout(location = 1) in float a_feature;
uniform vec4 u_transform;
uniform sampler2D u_style;  // kStyleWidth (1024) texels a row
uniform vec4 u_override;    // when its alpha > 0, every segment drawn takes this colour
flat out vec4 v_color;
void main() {
    int id = int(a_feature + 0.5);
    v_color = u_override.a > 0.0 ? u_override : texelFetch(u_style, ivec2(id & 1023, id >> 10), 0);
    gl_Position = vec4(a_pos * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
