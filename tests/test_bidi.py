"""Visual layout of right-to-left text (prcli.render.bidi), as it lands on a terminal grid."""

from __future__ import annotations

import importlib.util
import io
import re
import unicodedata
from types import ModuleType

import pytest
from rich.cells import cell_len
from rich.table import Table

from helpers_tty import check_rtl_script
from prcli.render.bidi import (
    VisualStream,
    base_direction,
    reshape,
    truncate_cells,
    visual_line,
    visual_lines,
    wrap_cells,
)
from prcli.render.terminal import BidiPanel, BidiText, make_console

PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefc]")
UNSHAPED = re.compile(r"[\u0620-\u063f\u0641-\u064a]")
MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")

PARAGRAPHS = [
    # dateline, brackets, a Latin acronym, figures
    "الرباط، 12 مارس 2026 - أعلنت الوكالة الوطنية للموانئ (ANP) عن ارتفاع حركة الحاويات بنسبة 8 في "
    "المائة خلال الأشهر الثلاثة الأولى من السنة.",
    # harakat, tatweel, the lam-alef ligature
    "قالَ المُديرُ إنَّ المشـــروع الجديد سيُطلق في الصيف، ولا تأجيل بعد الآن.",
    # a line that starts with digits, then Latin, inside an RTL paragraph
    "1724 مستفيداً من برنامج A4P للتكوين المهني (الدفعة الثانية) في جهة الشرق.",
    # wide characters (CJK) inside Arabic
    "وصل وفد من مدينة 北京 إلى طنجة لحضور معرض 中国 للصناعات الخفيفة هذا الأسبوع.",
    # an English paragraph quoting Arabic: left-to-right base
    "The minister said the plan (خطة الجيل الأخضر) would run until 2030.",
]


@pytest.fixture(scope="module")
def checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_rtl", check_rtl_script())
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("width", [18, 30, 50, 100])
@pytest.mark.parametrize("para", PARAGRAPHS)
def test_visual_lines_equal_the_reference_pipeline(checker: ModuleType, para: str, width: int) -> None:
    """reshape -> wrap at W -> reorder each line with the paragraph's direction -> right-align."""
    expected = [line for line, _ in checker.expected_screen(para, width)]
    assert visual_lines(para, width) == expected


@pytest.mark.parametrize("width", [20, 40, 80])
@pytest.mark.parametrize("para", PARAGRAPHS[:4])
def test_rtl_lines_fill_the_width_and_are_shaped(para: str, width: int) -> None:
    lines = visual_lines(para, width)
    assert len(lines) >= 2 or cell_len(reshape(para)) <= width
    for line in lines:
        assert cell_len(line) == width  # flush right, never wider
        assert not UNSHAPED.search(line)
        assert not MARKS.search(line)
        assert not re.search(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", line)


def test_line_order_is_the_reading_order() -> None:
    """The first screen line holds the paragraph's first words (no reorder-then-wrap)."""
    lines = visual_lines(PARAGRAPHS[0], 30)
    first = unicodedata.normalize("NFKC", lines[0])
    assert "الرباط" in first[::-1] or "الرباط"[::-1] in first
    assert "السنة"[::-1] in unicodedata.normalize("NFKC", lines[-1])


def test_brackets_are_mirrored() -> None:
    """"(الدفعة الثانية)" read right to left: the opening bracket shows as ")" on its right."""
    line = visual_lines("برنامج (الدفعة الثانية) جديد", 80, align=False)[0]
    assert re.search(r"\(\S*[\ufe8d-\ufefc\s]*\)", line)
    folded = unicodedata.normalize("NFKC", line)
    assert folded.index("(") < folded.index("الدفعة"[::-1]) < folded.index(")")


def test_line_starting_with_digits_or_latin_stays_rtl() -> None:
    """A wrapped line of an RTL paragraph that holds only "(2026 A4P)" is still laid out RTL:
    read right to left, so the figure comes first on the right (left to right: "(2026 A4P)")."""
    para = "وقعت الشركة الاتفاقية في العاصمة يوم 14 (2026 A4P)"
    lines = visual_lines(para, 10)
    assert lines[-1] == "(A4P 2026)"
    assert lines[-2] == "    14 " + reshape("يوم")[::-1]
    assert all(cell_len(line) == 10 for line in lines)
    assert base_direction("2026 سنة") == "R"
    assert base_direction("A4P تعلن") == "L"


def test_harakat_removed_tatweel_kept() -> None:
    shown = reshape("المُشـــروع")
    assert "\u064f" not in shown
    assert shown.count("\u0640") == 3
    # a decomposed hamza is composed, not lost
    assert unicodedata.normalize("NFKC", reshape("ا\u0654حمد"))[0] == "أ"


def test_lam_alef_ligature_narrows_the_word() -> None:
    assert cell_len("السلام") == 6
    assert cell_len(reshape("السلام")) == 5


def test_wide_characters_count_two_cells() -> None:
    for width in (10, 16, 25):
        for line in visual_lines(PARAGRAPHS[3], width):
            assert cell_len(line) == width


def test_long_word_is_folded_not_overflowing() -> None:
    assert all(cell_len(x) <= 4 for x in wrap_cells("استثمارية كبيرة", 4))


def test_truncated_title_keeps_its_beginning() -> None:
    title = "المديرة العامة لشركة أطلس للطاقة المتجددة في جهة درعة تافيلالت"
    fitted = truncate_cells(reshape(title), 20)
    assert cell_len(fitted) <= 20 and fitted.endswith("…")
    shown = visual_line(title, 20)
    assert cell_len(shown) <= 20
    assert shown.startswith("…")  # RTL: the cut end is on the left
    assert unicodedata.normalize("NFKC", shown).endswith("المديرة"[::-1])


def render(renderable: object, width: int) -> list[str]:
    buf = io.StringIO()
    console = make_console(file=buf, width=width, force_terminal=False)
    console.print(renderable)
    return buf.getvalue().rstrip("\n").split("\n")


def test_bidi_text_in_a_table_cell_is_laid_out_at_the_cell_width() -> None:
    text = "قالت المديرة العامة إن المشروع سيوفر 600 فرصة عمل مباشرة في جهة درعة تافيلالت."
    table = Table("n", "sentence", box=None, pad_edge=False, show_header=False, expand=True)
    table.columns[0].width = 2
    table.add_row("1", BidiText(text))
    lines = render(table, 40)
    cell = 40 - 2 - 2  # first column and the padding between the two
    body = [line[4:] for line in lines]
    assert body == visual_lines(text, cell)
    assert all(cell_len(b) == cell for b in body)


def test_bidi_text_measure_uses_shaped_widths() -> None:
    console = make_console(file=io.StringIO(), width=80)
    m = BidiText("السلام عليكم").__rich_measure__(console, console.options)
    assert (m.minimum, m.maximum) == (cell_len(reshape("عليكم")), cell_len(reshape("السلام عليكم")))


def test_panel_title_is_reordered_and_right_aligned() -> None:
    lines = render(BidiPanel(BidiText("نرحب بهذه المبادرة"), "فاطمة بنعلي", True, "green"), 40)
    top = lines[0]
    assert top.startswith("╭") and top.endswith("╮")
    assert top.endswith(" " + visual_line("فاطمة بنعلي", 100) + " ─╮")
    assert lines[1] == "│ " + visual_lines("نرحب بهذه المبادرة", 36)[0] + " │"


def test_panel_title_logical_mode_is_left_and_untouched() -> None:
    lines = render(BidiPanel(BidiText("x"), "فاطمة بنعلي", False, "green"), 40)
    assert lines[0].startswith("╭─ فاطمة بنعلي ─")


def test_visual_stream_lays_out_each_line() -> None:
    buf = io.StringIO()
    stream = VisualStream(buf, 30)
    stream.write(PARAGRAPHS[1][:20])
    assert buf.getvalue() == ""  # waits for the end of the line
    stream.write(PARAGRAPHS[1][20:] + "\nplain English line\n")
    out = buf.getvalue().split("\n")
    assert out[:-2] == visual_lines(PARAGRAPHS[1], 30)
    assert out[-2] == "plain English line"


def test_number_at_the_start_of_a_wrapped_line_keeps_its_arabic_context() -> None:
    """Levels are resolved on the paragraph: "90%" after Arabic words reads "%90" on screen
    whether or not the line breaks just before it (the same as a BiDi terminal shows it)."""
    para = "حصل الحزب على أكثر من 90% من الأصوات"
    one_line = visual_lines(para, 80)[0]
    assert "%90" in one_line
    for width in (10, 12, 15, 20):
        assert any("%90" in line for line in visual_lines(para, width)), width


def test_punctuation_set_off_by_a_space_never_starts_a_line() -> None:
    para = "وصل الوفد إلى الرياض . وبدأت الزيارة"
    for width in range(8, 40):
        for line in wrap_cells(reshape(para), width):
            assert not line.startswith(".")
