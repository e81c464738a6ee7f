"""Chart axes carry whole numbers only, so a bar's height can be read off its labels."""

from __future__ import annotations

import pytest

from crisisdesk.reports.charts import integer_axis


@pytest.mark.parametrize("peak", [*range(0, 61), 99, 100, 101, 250, 999, 1234, 45_000])
def test_the_axis_is_whole_steps_up_to_at_least_the_peak(peak):
    top, step = integer_axis(peak)
    assert isinstance(top, int) and isinstance(step, int) and step >= 1
    assert top >= peak and top % step == 0
    assert top // step <= 6
    assert top - step < peak or peak == 0  # no empty step on top


def test_a_bar_of_five_has_its_own_label():
    top, step = integer_axis(5)  # the old axis went 0,1,2,3,4,6: a bar of 5 read as 4
    assert 5 in range(0, top + 1, step)
