"""The command line: formats, several files, explain, and one-line errors with documented exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from testdata import FIXTURES

from articleclean.cli import EXIT_BAD_INPUT, EXIT_UNREADABLE, EXIT_USAGE, main

SEED = str(FIXTURES / "seed_rt.txt")


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "articleclean", *args], input=stdin, capture_output=True, env=env)


def test_stdin_json_is_exactly_to_dict():
    import articleclean

    result = run_cli(stdin=open(SEED, "rb").read())
    assert result.returncode == 0, result.stderr
    expected = articleclean.clean(open(SEED, encoding="utf-8").read()).to_dict()
    assert json.loads(result.stdout) == expected
    assert "dropped" in json.loads(result.stdout)


def test_several_files_give_one_json_object_a_line_in_order(capsys):
    other = str(FIXTURES / "mojibake.txt")
    assert main([SEED, other]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["title"].startswith("New meeting with CIA")
    assert json.loads(lines[1])["title"].startswith("Mayor's plan")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown(capsys, fmt):
    assert main(["--format", fmt, SEED]) == 0
    out = capsys.readouterr().out
    assert "Sergey Naryshkin, who heads" in out
    assert "icon" not in out
    assert out.startswith("# New meeting" if fmt == "markdown" else "New meeting")


def test_quotes_option(capsys):
    assert main(["--quotes", "typographic", "--format", "text", SEED]) == 0
    assert "CIA’s Burns ‘possible’" in capsys.readouterr().out


def test_explain_shows_each_piece_with_filter_and_reason(capsys):
    assert main(["--explain", SEED]) == 0
    out = capsys.readouterr().out
    assert "icon labels" in out and "drop_icon_runs" in out
    assert "repeats the headline" in out
    assert "READ MORE" in out and "related" in out


def test_explain_names_the_filter_that_cut_a_piece_from_its_line(capsys, tmp_path):
    # the seed's first line holds the scraper's date token glued to the icon labels: another filter takes it
    assert main(["--explain", SEED]) == 0
    date_row = next(row for row in capsys.readouterr().out.splitlines() if row.endswith("date 2023-01-17"))
    assert "take_metadata_tokens" in date_row and "(cut from its line by drop_icon_runs)" in date_row
    menu = tmp_path / "menu.txt"
    menu.write_text("HomeNewsSportWeatherTravel\n\nA headline of the story\n\n" + "A sentence of it. " * 20)
    assert main(["--explain", str(menu)]) == 0
    rows = [row for row in capsys.readouterr().out.splitlines() if row.endswith(("Home", "Sport"))]
    assert len(rows) == 2 and all("(cut from its line by split_glue_soups)" in row for row in rows)


def test_unreadable_file_does_not_stop_the_others(capsys):
    status = main(["no-such-file.txt", SEED])
    captured = capsys.readouterr()
    assert status == EXIT_UNREADABLE
    assert captured.err.count("\n") == 1 and "no-such-file.txt" in captured.err
    assert json.loads(captured.out)["title"].startswith("New meeting")


@pytest.mark.parametrize(
    ("args", "stdin", "code"),
    [
        ((), b"", EXIT_BAD_INPUT),
        ((), b"  \n\n ", EXIT_BAD_INPUT),
        ((), bytes(range(256)) * 12, EXIT_BAD_INPUT),
        (("no-such-file",), b"", EXIT_UNREADABLE),
        (("--no-such-option",), b"x", EXIT_USAGE),
        (("--quotes", "fancy"), b"x", EXIT_USAGE),
        (("--profile", "no-such-profile.toml", SEED), b"", EXIT_USAGE),
    ],
)
def test_bad_input_gives_one_line_and_an_exit_code(args, stdin, code):
    result = run_cli(*args, stdin=stdin)
    assert result.returncode == code
    assert result.stderr.decode().count("\n") == 1, result.stderr
    assert b"Traceback" not in result.stderr
    assert result.stderr.startswith(b"articleclean: ")


def test_random_bytes_are_refused():
    import random

    noise = random.Random(1).randbytes(3000)
    result = run_cli(stdin=noise)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr.decode().count("\n") == 1


def test_explain_names_a_markdown_dump_and_the_reader_it_went_through(capsys, tmp_path):
    page = tmp_path / "page.md"
    page.write_text("[Home](/)\n\n# Storm closes schools\n\n* [News](/news)\n* [Sport](/sport)\n\nSchools shut.\n")
    assert main(["--explain", str(page)]) == 0
    assert "pieces from markdown input, read as html" in capsys.readouterr().out
    assert main(["--explain", SEED]) == 0
    assert "pieces from text input" in capsys.readouterr().out


def test_a_compressed_dump_is_read_as_it_would_be_plain(tmp_path, capsys):
    import bz2
    import gzip

    seed = open(SEED, "rb").read()
    (tmp_path / "seed.txt.gz").write_bytes(gzip.compress(seed))
    (tmp_path / "seed.txt.bz2").write_bytes(bz2.compress(seed))
    (tmp_path / "broken.gz").write_bytes(gzip.compress(seed)[:20])
    assert main([str(tmp_path / "seed.txt.gz")]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert plain["title"].startswith("New meeting")
    assert main([str(tmp_path / "seed.txt.bz2")]) == 0
    assert json.loads(capsys.readouterr().out) == plain
    # a broken archive: one line and the code of a file that cannot be read; the stdin path decompresses too
    assert main([str(tmp_path / "broken.gz")]) == EXIT_UNREADABLE
    assert capsys.readouterr().err.count("\n") == 1
    assert run_cli(stdin=gzip.compress(seed)).returncode == 0
