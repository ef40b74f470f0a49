"""Nothing is cut, on a phone (390 px wide) or a laptop (1440 px): every table column, every
line of a word in its context and every label of a chart is there to read, in both languages."""

from __future__ import annotations

import pytest

from tests.browser.conftest import assert_no_error, new_context, open_app, screenshot

pytestmark = pytest.mark.browser

SCREENS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1440, "height": 900}}
# The views with tables, context lines and charts, each in Danish and in English.
VIEWS = {
    "temaer": "temaer",
    "temaer-en": "temaer?lang=en",
    "ord-i-sammenhaeng": "ord?ord=organisation",
    "ord-i-sammenhaeng-en": "ord?ord=organisation&ord_i=Both&lang=en",
    "refleksion-ord": "tvaerlaesning?refleksion=Hyppigste+ord+i+sp%C3%B8rgsm%C3%A5lene",
    "refleksion-ord-en": "tvaerlaesning?refleksion=Most+frequent+words+in+the+questions&lang=en",
    "ord-der-skiller": "tvaerlaesning?v_tema=Alle+temaer&h_tema=Alle+temaer",
    "ord-der-skiller-en": "tvaerlaesning?v_tema=All+themes&h_tema=All+themes&lang=en",
}
TOLERANCE = 3  # px: a glyph's box may stand out of the drawing by a pixel or two

# What is cut: a table whose columns need more room than it has, a page link whose label is cut
# (Streamlit ends it with "…"), a chart's text outside the chart, a page wider than the screen.
_CUT = """(tolerance) => {
  const main = document.querySelector('[data-testid="stMain"]');
  const visible = (el) => el.getBoundingClientRect().width > 0;
  const cut = [];
  // A table's grid is drawn on a canvas; its cells' text is in an accessible table beside it.
  // Every column needs its widest text and 8 px each side; less room, and a column is cut
  // (the grid clips text it sized its columns without).
  const measure = document.createElement('canvas').getContext('2d');
  for (const table of main.querySelectorAll('[data-testid="stDataFrame"]')) {
    const scroller = table.querySelector('.dvn-scroller');
    if (!scroller || !visible(scroller)) continue;
    measure.font = `14px ${getComputedStyle(table).fontFamily}`;
    const widest = {};
    for (const cell of table.querySelectorAll('table[role=grid] th, table[role=grid] td')) {
      const column = cell.getAttribute('aria-colindex');
      widest[column] = Math.max(widest[column] || 0, measure.measureText(cell.textContent).width);
    }
    const needed = Object.values(widest).reduce((sum, width) => sum + width + 16, 0);
    if (scroller.scrollWidth > scroller.clientWidth + 1 || needed > scroller.clientWidth)
      cut.push(`table: ${Object.keys(widest).length} columns need ${Math.round(needed)} px`);
  }
  for (const label of main.querySelectorAll('[data-testid="stPageLink-NavLink"] span')) {
    if (visible(label) && label.scrollWidth > label.clientWidth + 1)
      cut.push(`link: ${label.innerText.slice(0, 40)}`);
  }
  for (const chart of main.querySelectorAll('[data-testid="stVegaLiteChart"]')) {
    const box = chart.getBoundingClientRect();
    for (const label of chart.querySelectorAll('svg text')) {
      const r = label.getBoundingClientRect();
      if (r.width === 0 || label.getAttribute('opacity') === '0') continue;
      if (r.left < box.left - tolerance || r.right > box.right + tolerance
          || r.top < box.top - tolerance || r.bottom > box.bottom + tolerance)
        cut.push(`chart text: ${label.textContent}`);
    }
  }
  if (document.documentElement.scrollWidth > innerWidth)
    cut.push(`page by ${document.documentElement.scrollWidth - innerWidth} px`);
  return cut;
}"""


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("view", list(VIEWS))
def test_nothing_is_cut(browser, app_url, view, screen):
    context = new_context(browser, viewport=SCREENS[screen])
    page = context.new_page()
    open_app(page, f"{app_url}/{VIEWS[view]}")
    main = page.get_by_test_id("stMain")
    # Charts draw after the run; wait until each has its text, and each open table its grid
    # and the cells beside it.
    for chart in main.get_by_test_id("stVegaLiteChart").all():
        chart.locator("svg text").first.wait_for()
    for table in main.get_by_test_id("stDataFrame").all():
        if table.is_visible():
            table.locator(".dvn-scroller").wait_for()
            table.locator("table[role=grid] td").first.wait_for(state="attached")
    assert_no_error(page)
    assert page.evaluate(_CUT, TOLERANCE) == []
    screenshot(page, f"fit-{view}-{screen}")
    context.close()


# The largest empty band between two things on the page, on a phone (Streamlit's own margin
# above the title and below the last element aside).
_LARGEST_GAP = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const boxes = [...main.querySelectorAll('[data-testid="stElementContainer"]')]
    .map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0)
    .sort((a, b) => a.top - b.top);
  let lowest = boxes[0].bottom, largest = 0;
  for (const box of boxes.slice(1)) {
    largest = Math.max(largest, box.top - lowest);
    lowest = Math.max(lowest, box.bottom);
  }
  return largest;
}"""


@pytest.mark.parametrize("lang", ["", "?lang=en"])
def test_the_overview_on_a_phone_has_no_empty_band(browser, app_url, lang):
    context = new_context(browser, viewport=SCREENS["phone"])
    page = context.new_page()
    open_app(page, f"{app_url}/{lang}")
    # The stacked reflections stand as close as the ways in (about 40 px apart), not 90.
    assert page.evaluate(_LARGEST_GAP) < 60
    context.close()
