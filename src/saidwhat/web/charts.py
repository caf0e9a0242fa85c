"""Small charts drawn as inline SVG on the server: no chart library, no script, nothing from a CDN.

Colours come from classes styled in static/style.css, so the page's Content-Security-Policy can forbid
inline styles. Every label goes through `escape`; each bar carries a `<title>` for hover and screen
readers, and the SVG an `aria-label` summarising it.
"""
from __future__ import annotations

from datetime import date, timedelta

from markupsafe import Markup, escape

#: above this many days between first and last statement the timeline groups by week, then by month;
#: chosen so a bar stays at least ~4 px wide in the 640 px chart
_DAYS_PER_DAY_BUCKETS = 120
_DAYS_PER_WEEK_BUCKETS = 2 * 365


def bar_chart(rows: list[tuple[str, int]], *, label: str, width: int = 300, href: str | None = None) -> Markup:
    """Horizontal bars, one per (label, count), largest first as given. `href` may contain `{}` for the label."""
    if not rows:
        return Markup('<p class="muted">Nothing to chart.</p>')
    bar_h, gap, left, right = 22, 6, 90, 36
    height = len(rows) * (bar_h + gap)
    top = max(c for _, c in rows) or 1
    span = width - left - right
    parts = [f'<svg class="sw-chart sw-bars" viewBox="0 0 {width} {height}" width="100%" '
             f'role="img" aria-label="{escape(label)}">']
    for i, (name, count) in enumerate(rows):
        y = i * (bar_h + gap)
        w = max(2, round(span * count / top))
        bar = (f'<rect class="bar" x="{left}" y="{y}" width="{w}" height="{bar_h}" rx="3">'
               f'<title>{escape(name)}: {count}</title></rect>')
        if href:
            bar = f'<a href="{escape(href.format(name))}">{bar}</a>'
        parts.append(f'<text class="lbl" x="{left - 8}" y="{y + bar_h * 0.7:.0f}" text-anchor="end">{escape(name)}</text>')
        parts.append(bar)
        parts.append(f'<text class="num" x="{left + w + 6}" y="{y + bar_h * 0.7:.0f}">{count}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _bucket(d: date, unit: str) -> date:
    if unit == "week":
        return d - timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    return d


def _next(d: date, unit: str) -> date:
    if unit == "week":
        return d + timedelta(days=7)
    if unit == "month":
        return (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return d + timedelta(days=1)


def timeline_buckets(points: list[tuple[str, int]]) -> tuple[str, list[tuple[date, int]]]:
    """Group (ISO date, count) points into day, week or month buckets, filling empty ones with 0."""
    parsed: list[tuple[date, int]] = []
    for iso, n in points:
        try:
            parsed.append((date.fromisoformat(str(iso)[:10]), int(n)))
        except ValueError:
            continue  # coarse or unknown dates ("2025-W11", "XXXX") have no place on a day axis
    if not parsed:
        return "day", []
    first, last = min(d for d, _ in parsed), max(d for d, _ in parsed)
    days = (last - first).days
    unit = "day" if days <= _DAYS_PER_DAY_BUCKETS else "week" if days <= _DAYS_PER_WEEK_BUCKETS else "month"
    counts: dict[date, int] = {}
    for d, n in parsed:
        counts[_bucket(d, unit)] = counts.get(_bucket(d, unit), 0) + n
    out, cur = [], _bucket(first, unit)
    while cur <= _bucket(last, unit):
        out.append((cur, counts.get(cur, 0)))
        cur = _next(cur, unit)
    return unit, out


def timeline_chart(points: list[tuple[str, int]], *, label: str, width: int = 640, height: int = 160,
                   href: str | None = None) -> Markup:
    """Vertical bars over time. `href` may contain `{since}` and `{until}` to link a bar to a search."""
    unit, buckets = timeline_buckets(points)
    if not buckets:
        return Markup('<p class="muted">No dated statements.</p>')
    left, bottom, topm = 28, 22, 8
    plot_w, plot_h = width - left - 8, height - bottom - topm
    top = max(n for _, n in buckets) or 1
    step = plot_w / len(buckets)
    bw = max(1.0, step * 0.8)
    parts = [f'<svg class="sw-chart sw-timeline" viewBox="0 0 {width} {height}" width="100%" height="{height}" '
             f'preserveAspectRatio="xMinYMin meet" role="img" aria-label="{escape(label)}">',
             f'<line class="axis" x1="{left}" y1="{topm + plot_h}" x2="{width - 8}" y2="{topm + plot_h}"/>',
             f'<text class="num" x="{left - 4}" y="{topm + 10}" text-anchor="end">{top}</text>',
             f'<text class="num" x="{left - 4}" y="{topm + plot_h}" text-anchor="end">0</text>',
             f'<text class="num" x="{width - 8}" y="{topm + 10}" text-anchor="end">statements per {unit}</text>']
    for i, (d, n) in enumerate(buckets):
        x = left + i * step + (step - bw) / 2
        h = plot_h * n / top
        until = _next(d, unit) - timedelta(days=1)
        name = d.isoformat() if unit == "day" else f"{unit} of {d.isoformat()}"
        if n:
            bar = (f'<rect class="bar" x="{x:.1f}" y="{topm + plot_h - h:.1f}" width="{bw:.1f}" height="{h:.1f}">'
                   f'<title>{escape(name)}: {n} statement{"s" if n != 1 else ""}</title></rect>')
            if href:
                bar = f'<a href="{escape(href.format(since=d.isoformat(), until=until.isoformat()))}">{bar}</a>'
            parts.append(bar)
    ticks = sorted({0, len(buckets) - 1, len(buckets) // 2})
    for i in ticks:
        x = left + i * step + step / 2
        anchor = "start" if i == 0 else "end" if i == len(buckets) - 1 and i else "middle"
        lab = buckets[i][0].strftime("%Y-%m" if unit == "month" else "%Y-%m-%d")
        parts.append(f'<text class="tick" x="{x:.1f}" y="{height - 6}" text-anchor="{anchor}">{lab}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


__all__ = ["bar_chart", "timeline_buckets", "timeline_chart"]
