"""Colour and glyph per ACLED event type, shared by the markers and the legend.

One table keeps the legend honest: a type's swatch is drawn from the same entry as its
markers. Glyphs are SVG paths in a 24x24 box, so they stay distinct in greyscale and for
colour-blind readers, not only by colour.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TypeStyle", "TYPE_STYLES", "OTHER", "type_index", "CHOROPLETH_COLOURS"]


@dataclass(frozen=True, slots=True)
class TypeStyle:
    name: str
    colour: str
    glyph: str  # SVG path data, 24x24 box


TYPE_STYLES: tuple[TypeStyle, ...] = (
    TypeStyle("Battles", "#c0392b", "M12 2 L22 21 L2 21 Z"),  # triangle
    TypeStyle(  # eight-point burst
        "Explosions/Remote violence",
        "#e67e22",
        "M12 1 L14.5 8 L21 5 L17 11 L23 13 L16 15 L18 22 L12 17 L6 22 L8 15 L1 13 "
        "L7 11 L3 5 L9.5 8 Z",
    ),
    TypeStyle("Violence against civilians", "#8e44ad", "M3 3 H21 V21 H3 Z"),  # square
    TypeStyle("Protests", "#2980b9", "M12 2 A10 10 0 1 1 11.99 2 Z"),  # circle
    TypeStyle("Riots", "#16a085", "M12 1 L23 12 L12 23 L1 12 Z"),  # diamond
    TypeStyle(  # hexagon
        "Strategic developments", "#34495e", "M7 2 H17 L22 12 L17 22 H7 L2 12 Z"
    ),
)
OTHER = TypeStyle("Other", "#7f8c8d", "M4 4 L20 4 L12 21 Z")  # inverted triangle

_INDEX = {s.name.lower(): i for i, s in enumerate(TYPE_STYLES)}

# Sequential classes for the governorate shading (light -> dark), ColorBrewer-like YlOrRd.
CHOROPLETH_COLOURS: tuple[str, ...] = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")


def type_index(event_type: object) -> int:
    """Index into ``TYPE_STYLES`` + [OTHER]; unknown types share the last entry."""
    return _INDEX.get(str(event_type or "").strip().lower(), len(TYPE_STYLES))


def all_styles() -> tuple[TypeStyle, ...]:
    return (*TYPE_STYLES, OTHER)
