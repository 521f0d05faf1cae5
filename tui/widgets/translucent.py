"""Component styles whose text colour is translucent ("$foreground 70%"), made solid.

Textual's partial component styles drop a colour's alpha, so muted text came
out at full strength in both themes; here the colour is mixed into what it
is drawn on, as Textual does for a widget's own text.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.widget import Widget


def solid_style(widget: Widget, component: str, ground: Color | None = None) -> Style:
    """``component``'s partial style with its text colour mixed into ``ground`` (default: the
    component's background, else the widget's)."""
    styles = widget.get_component_styles(component)
    style = widget.get_component_rich_style(component, partial=True)
    color = styles.color
    if not styles.has_rule("color") or color.a >= 1:
        return style
    if ground is None:
        ground = styles.background if styles.has_rule("background") else widget.styles.background
    return style + Style(color=(ground + color).rich_color)
