#version 330 core
// Polygon fills: local metres → clip space. The feature's colour is fetched per fragment, not
// per vertex: llvmpipe is bound by vertices, and a screen has fewer pixels than France vertices.
layout(location = 0) in vec2 a_pos;
layout(location = 1) in float a_feature;
uniform vec4 u_transform;  // clip = a_pos * xy + zw
flat out int v_feature;
void main() {
    v_feature = int(a_feature + 0.5);
    gl_Position = vec4(a_pos * u_transform.xy + u_transform.zw, 0.0, 1.0);
}
