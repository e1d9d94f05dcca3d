from articleclean.document import Label
from articleclean.filters.galleries import drop_gallery_slides
from articleclean.filters.widgets import drop_widgets

BEFORE = "The storm left more than 240,000 homes without power across the region on Tuesday, officials said."
AFTER = "Forecasters said more freezing drizzle could arrive on Thursday, and urged drivers to stay home."


def _run(run_filter, *lines):
    doc = run_filter(drop_widgets, *lines)  # the counters, as in the pipeline
    return run_filter(drop_gallery_slides, doc=doc)


def test_slides_opened_by_their_counters_are_dropped_with_the_controls(run_filter):
    # a counter opens each slide: the last slide follows the last counter; the paragraph before the first stays
    slides = ["Fotogallery", "1 di 3", "La squadra taglia il traguardo", "Foto: Sara Guidotti",
              "2 di 3", "I padelloni delle caldarroste", "Foto: Sara Guidotti",
              "3 di 3", "Il falò sul sagrato della pieve", "Foto: Luca Venturi",
              "Nascondi didascalia", "Precedente", "Successiva", "1", "2", "3"]  # fmt: skip
    doc = _run(run_filter, BEFORE, *slides, AFTER)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * len(slides), None]


def test_slides_closed_by_their_counters_reach_back_to_the_first_caption(run_filter):
    # controls follow the last counter: a counter closes each slide, the first slide stands before the first
    slides = ["Ice coats power lines near Jasper.", "Mark Ellison/Getty Images", "Hide caption", "1 of 2",
              "Linemen restore service outside Harrison.", "Lydia Freeman/Harrison Daily Ledger", "Hide caption",
              "2 of 2", "Previous", "Next"]  # fmt: skip
    doc = _run(run_filter, BEFORE, *slides, AFTER)
    assert [p.label for p in doc.pieces] == [None, *[Label.DROPPED] * len(slides), None]
    assert doc.pieces[1].reason == "photo gallery: a slide's caption or credit"


def test_a_paragraph_before_a_gallery_opened_by_counters_stays(run_filter):
    slides = ["Image 1 of 2", "An artist's concept of the lander.", "(Image credit: Blue Origin)",
              "Image 2 of 2", "A concept of the rover.", "(Image credit: Ceres Robotics)"]  # fmt: skip
    doc = _run(run_filter, BEFORE, "The newly selected five are:", *slides, AFTER)
    assert [p.label for p in doc.pieces][:2] == [None, None]
    assert all(p.label == Label.DROPPED for p in doc.pieces[2:-1])
    assert doc.pieces[-1].label is None


def test_one_counter_is_no_gallery(run_filter):
    doc = _run(run_filter, BEFORE, "1 of 3", "A caption of the first photo.", AFTER)
    assert [p.label for p in doc.pieces] == [None, Label.DROPPED, None, None]
