#version 330 core
flat in vec4 v_color;
// > 0: the fill is diagonal hatching of this period, in pixels (a zoning drawn over a choropleth
// leaves the choropleth's colours visible between its lines); 0: a solid fill.
uniform float u_hatch;
out vec4 o_color;
void main() {
    if (u_hatch <= 0.0) {
        o_color = v_color;
        return;
    }
    // Distance, across the lines, from the nearest line's centre; lines a third of the period wide,
    // their edges smoothed over a pixel.
    float along = mod(gl_FragCoord.x + gl_FragCoord.y, u_hatch);
    float across = abs(along - 0.5 * u_hatch) * 0.70710678;
    float halfWidth = u_hatch * 0.70710678 / 6.0;
    float coverage = 1.0 - smoothstep(halfWidth - 0.5, halfWidth + 0.5, across);
    o_color = vec4(v_color.rgb, v_color.a * coverage);
}
