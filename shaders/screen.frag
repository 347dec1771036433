#version 330 core
// Text from a signed-distance glyph atlas, with a soft edge (halos are the same glyphs with a
// lower edge value); or a solid colour.
in vec2 v_uv;
in vec4 v_color;
in vec2 v_edge;
uniform sampler2D u_atlas;
out vec4 o_color;
void main() {
    if (v_uv.x < 0.0) {
        o_color = v_color;
        return;
    }
    float d = texture(u_atlas, v_uv).r;
    float alpha = smoothstep(v_edge.x - v_edge.y, v_edge.x + v_edge.y, d);
    if (alpha <= 0.0) discard;
    o_color = vec4(v_color.rgb, v_color.a * alpha);
}
