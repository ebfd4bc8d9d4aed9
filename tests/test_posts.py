"""A thread of posts (ingest/layouts/posts.py): a forum thread written for these tests, in the form
forum software gives (author block, date and post number, text, action bar)."""

from __future__ import annotations

from ingest.layouts import choose, make_view
from ingest.pipeline import build_initiatives
from ingest.readers.outline import text_outline
from test_layouts import _doc

THREAD = """# Van break-ins in Leeds - anyone else?

Thread starter sparky_dan · Start date 2 May 2025 · Replies: 4

- sparky_dan
Regular
Joined: Mar 2019 · Messages: 412

2 May 2025 · #1

Third time this year someone has had the tools out of my van on the estate. Is anyone doing anything about it?

Like Quote Reply 4 likes

- PC_J_Rowe
Verified: West Yorkshire Police
Joined: Jan 2025 · Messages: 12

3 May 2025 · #2

Hi, I'm on the Leeds neighbourhood team. Since March our team and British Transport Police have been running van watch patrols at the station car parks, and we have marked 640 toolboxes at pop-up stalls. Reported van thefts there fell from 51 to 29.

Like Quote Reply 31 likes

- sparky_dan
Regular
Joined: Mar 2019 · Messages: 412

3 May 2025 · #3

Thanks, good to know. I'll bring the van down to the next stall.

Like Quote Reply 2 likes

- tradesman_tom
Member
Joined: Jun 2020 · Messages: 88

4 May 2025 · #4

Get a slam lock fitted and never leave tools in overnight.

Like Quote Reply 6 likes
"""



def test_a_forum_thread_gives_the_posts_telling_of_work_credited_to_their_authors_force_and_its_partner():
    doc = _doc(THREAD, "Van break-ins in Leeds - anyone else? | TradeTalk Forums")
    assert choose(make_view(doc)).name == "thread of posts"
    found = build_initiatives(doc)
    texts = [doc.text[i.start:i.end] for i in found]
    assert len(found) == 1, texts
    assert found[0].forces == ["West Yorkshire Police", "British Transport Police"]
    assert "640 toolboxes" in texts[0] and "Like Quote Reply" not in found[0].title


def test_an_action_bar_is_page_furniture():
    items = text_outline("Like Quote Reply 31 likes\n\nLike · Reply · Share\n\nOfficers reply to every message.\n", [])
    assert [i.kind for i in items] == ["furniture", "furniture"]


def test_numbers_that_do_not_run_upwards_are_no_thread():
    text = "\n\n".join(f"Item #{n}\n\nOfficers in the area ran patrols this week and made {n} arrests." for n in (3, 1, 2, 5))
    assert choose(make_view(_doc(text, "Notes"))).name != "thread of posts"
