"""``crisisdesk briefing``: the flags keep working, personal data is refused outside
Vertrouwelijk, and a week of the demo database is a short read with page 1 the summary."""

from __future__ import annotations

from crisisdesk.cli import main
from crisisdesk.i18n import set_language
from report_helpers_cli import pdf_pages


def test_personal_data_with_another_marking_is_refused(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    out = tmp_path / "b.pdf"
    for marking in ("Openbaar", "Intern"):
        code = main(["briefing", "--db", db_url, "--from", "2026-03-16", "--to", "2026-03-22", "--marking", marking,
                     "--personal-data", "--out", str(out)])
        assert code == 2
        assert "vertrouwelijke briefing" in capsys.readouterr().err  # a Dutch sentence, no traceback
        assert not out.exists()
    assert main(["briefing", "--db", db_url, "--from", "2026-03-16", "--to", "2026-03-22", "--marking", "Vertrouwelijk",
                 "--personal-data", "--out", str(out)]) == 0
    assert out.exists()


def test_a_demo_week_is_at_most_twelve_pages_with_the_summary_first(tmp_path, capsys):
    db_url = f"sqlite:///{tmp_path / 'demo.sqlite'}"
    assert main(["demo", "--db", db_url, "--count", "3000", "--now", "2026-03-14 10:30"]) == 0
    short, full = tmp_path / "week.pdf", tmp_path / "week-appendix.pdf"
    common = ["briefing", "--db", db_url, "--from", "2026-03-16", "--to", "2026-03-22", "--meeting", "2026-03-16"]
    try:
        assert main([*common, "--lang", "en", "--out", str(short)]) == 0
        assert main([*common, "--lang", "en", "--appendix", "--out", str(full)]) == 0
    finally:
        set_language("nl")
    pages, with_appendix = pdf_pages(short.read_bytes()), pdf_pages(full.read_bytes())
    assert len(with_appendix) <= 12, f"{len(with_appendix)} pages"
    assert len(pages) < len(with_appendix)
    first = " ".join(pages[0].split())
    assert "Summary for the triangle" in first
    assert "What the mayor is asked to decide (the triangle advises)" in first and "Top risks" in first
    assert "Appendix: all demonstrations in the period" not in " ".join(pages)
    assert "Appendix: all demonstrations in the period" in " ".join(with_appendix)
