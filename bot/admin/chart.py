"""The funnel as a PNG picture (matplotlib, Agg canvas: no display, no global pyplot state)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from bot.admin.report import period_text
from bot.admin.stats import Stats
from bot.i18n import Locales

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# matplotlib draws Arabic letters unjoined and left to right; an Arabic-speaking admin gets English labels.
CHART_FALLBACK = {"ar": "en"}


def funnel_png(stats: Stats, locales: Locales, lang: str = "de") -> bytes:
    buffer = io.BytesIO()
    funnel_figure(stats, locales, lang).savefig(buffer, format="png")
    return buffer.getvalue()


def funnel_figure(stats: Stats, locales: Locales, lang: str = "de") -> Figure:
    """The funnel from the first message to a placement: titled with its period, both axes named."""
    # matplotlib takes over half a second to import: only an admin asking for the chart pays for it
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    lang = CHART_FALLBACK.get(lang, lang)

    def t(msg_id: str, **args: object) -> str:
        return locales.text(lang, msg_id, args, label=True)

    stages = stats.funnel
    labels = [locales.text(lang, f"admin-funnel-{stage}", label=True) for stage, _ in stages]
    values = [n for _, n in stages]
    fig = Figure(figsize=(7.5, 4.2), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    positions = list(range(len(values)))[::-1]          # first stage on top
    ax.barh(positions, values, color=["#08306b", "#08519c", "#2171b5", "#4292c6", "#6baed6", "#9ecae1"][:len(values)],
            height=0.65)
    ax.set_yticks(positions, labels)
    top = max(values) if any(values) else 1
    ax.set_xlim(0, top * 1.15)
    for y, n in zip(positions, values):
        ax.text(n + top * 0.01, y, str(n), va="center", fontsize=10)
    ax.set_title(f"{t('admin-funnel-title')}\n{period_text(stats, t, lang)}", fontsize=12)
    ax.set_xlabel(t("admin-chart-axis-count"))
    ax.set_ylabel(t("admin-chart-axis-stage"))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
