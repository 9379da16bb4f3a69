"""The funnel as a PNG picture (matplotlib, Agg canvas: no display, no global pyplot state)."""

from __future__ import annotations

import io

from bot.admin.stats import Stats
from bot.i18n import Locales

# matplotlib draws Arabic letters unjoined and left to right; an Arabic-speaking admin gets English labels.
CHART_FALLBACK = {"ar": "en"}


def funnel_png(stats: Stats, locales: Locales, lang: str = "de") -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    lang = CHART_FALLBACK.get(lang, lang)
    stages = stats.funnel
    labels = [locales.text(lang, f"admin-funnel-{stage}", label=True) for stage, _ in stages]
    values = [n for _, n in stages]
    fig = Figure(figsize=(7, 3.6), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    positions = list(range(len(values)))[::-1]          # first stage on top
    ax.barh(positions, values, color=["#08519c", "#2171b5", "#4292c6", "#6baed6", "#9ecae1"], height=0.65)
    ax.set_yticks(positions, labels)
    top = max(values) if any(values) else 1
    ax.set_xlim(0, top * 1.15)
    for y, n in zip(positions, values):
        ax.text(n + top * 0.01, y, str(n), va="center", fontsize=10)
    ax.set_title(locales.text(lang, "admin-funnel-title", label=True), fontsize=12)
    ax.spines[["top", "right"]].set_visible(False)
    ax.xaxis.set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
