"""The desk's colours, in one place: every window, table and chart takes them from here.

Colour is never the only signal (late, clash and risk are also written out); these are
the house tones for it, chosen to keep text readable on white (WCAG AA for the text
colours).
"""

from __future__ import annotations

# Text and signal colours
TEXT = "#202124"
MUTED = "#5f6368"  # secondary text, "decided", status lines
LATE = "#b3261e"  # late notifications, errors in forms
WARNING = "#8a5a00"  # accepted late, warnings, read-only, a paused clock
ON_TIME = "#1b6e20"  # on time, saved, a running clock
BRAND = "#1f4e79"  # the demo banner, GRIP, exercise-only items, chart bars
ALARM = "#c62828"  # the OEFENING band, clashes, high risk
ALARM_EDGE = "#e65100"  # the band's and the release banner's edge

# Backgrounds
LATE_BACKGROUND = "#fdecea"
WARNING_BACKGROUND = "#fff4d6"
ON_TIME_BACKGROUND = "#e8f5e9"
NEUTRAL_BACKGROUND = "#f1f3f4"
HIGH_RISK_BACKGROUND = "#fde7e4"
TODAY_BACKGROUND = "#fff8e1"
OTHER_MONTH_BACKGROUND = "#f6f7f9"
RELEASE_DUE_BACKGROUND = "#ffb300"  # injects waiting to be released
RELEASE_IDLE_BACKGROUND = "#fff3cd"
RELEASED_BACKGROUND = "#e6f2e6"
NOT_RELEASED_BACKGROUND = "#f4f4f4"
INACTIVE_BACKGROUND = "#eeeeee"
GRID = "#dadce0"
WHITE = "#ffffff"

# Logbook rows by source
LOG_INJECT_BACKGROUND = "#fff4e0"
LOG_CLOCK_BACKGROUND = "#eef2f6"
LOG_GRIP_BACKGROUND = "#e8f0fb"

# Calendar: the fill says what kind of item it is, the stripe its risk
KIND_WOM = "#2f6db5"
KIND_EVENT = "#3a8d4a"
KIND_CITY = "#d9822b"
KIND_SPORT = "#7b4fa6"
KIND_VISIT = "#1f8a8a"
RISK_HIGH = ALARM
RISK_SOME = "#f0a500"
RISK_LOW = "#7cb342"
RISK_UNKNOWN = "#9e9e9e"

# Charts: one colour per rule set
SERIES = (BRAND, "#d08c2b", "#6a9a3b", "#8e5ea2", "#5f6b76", "#2a9d8f", "#9c6644")
HISTOGRAM = "#9aa5b1"  # light grey bars, so the rule sets' coloured lines stand out on them
