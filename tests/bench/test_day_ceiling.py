from bench.day_ceiling import case_of, dates_in


def test_every_date_of_every_line_is_read():
    text = "Home\nPosted Nov 18, 2019 and updated Nov 19, 2019\nComments: 20 November 2019"
    assert [d.date().isoformat() for d in dates_in(text)] == ["2019-11-18", "2019-11-19", "2019-11-20"]


def test_cases():
    assert case_of("Storm hits coast\nNov 19, 2019 10:01 PM", "2019-11-19") == "shown"
    assert case_of("Storm hits coast\n10:01 pm PST, Tuesday, November 19, 2019", "2019-11-20") == "UTC only"
    assert case_of("Storm hits coast\n1 day ago", "2019-11-20") == "not shown"
    assert case_of("Storm hits coast\nNov 19, 2019", "0001-01-01") == "placeholder"
