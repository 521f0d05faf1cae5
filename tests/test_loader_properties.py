"""Properties of the loader on arbitrary input (issue 7): it never raises, never loses a good
article beside a bad one, and keeps every character offset of the source."""

import gzip
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from timeline.config import Config
from timeline.ingest import load

CONFIG = Config(max_article_chars=2_000_000)
GOOD = "date 2020-10-15 The mayor resigned on Monday."

# Unicode with what scrapers bring: combining marks, right-to-left text and its controls,
# NUL and other controls, escape sequences, byte order marks, lone surrogates.
ODD = ["\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u202e", "\u200f", "\x00", "\x1b[31m",
       "\x1b]8;;http://x\x07", "\x9b", "\ufeff", "\ud800", "\udcff", "\r\n", "\u2028", "date 2020-10-15 ", "Monday"]
texts = st.lists(st.one_of(st.text(), st.sampled_from(ODD)), max_size=30).map("".join)
raw_bytes = st.one_of(st.binary(max_size=300), texts.map(lambda t: t.encode("utf-8", "surrogatepass")))


def load_folder(files: dict[str, bytes]):
    with tempfile.TemporaryDirectory() as folder:
        for name, data in files.items():
            (Path(folder) / name).write_bytes(data)
        return load([folder], CONFIG), folder


def consistent(article, source: str) -> None:
    """The article's text is the source, character for character, or blanked (never shifted)."""
    assert len(article.text) == len(source)
    assert all(a == b or a == " " for a, b in zip(article.text, source))
    assert not any(c in article.text for c in "\x00\x1b\x07\x9b\ud800\udcff")


@settings(max_examples=200, deadline=None)
@given(data=raw_bytes)
def test_any_bytes_beside_a_good_article(data):
    (result, folder) = load_folder({"good.txt": GOOD.encode(), "odd.txt": data})
    assert "good" in [a.id for a in result.articles]
    odd = [a for a in result.articles if a.id == "odd"]
    problems = [p for p in result.problems if p.path.endswith("odd.txt")]
    assert odd or any(p.skipped for p in problems)  # read, or said why not
    for problem in result.problems:
        assert "\n" not in str(problem)
    if odd:
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError:
            source = data.decode("cp1252", errors="replace")
        consistent(odd[0], source)
    again, _ = load_folder({"good.txt": GOOD.encode(), "odd.txt": data})
    assert [fields(a) for a in again.articles] == [fields(a) for a in result.articles]


def fields(article):
    return article.id, article.text, article.published, article.published_source, article.language


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(texts, raw_bytes.map(lambda b: b.decode("utf-8", "surrogateescape"))))
def test_stdin_with_lone_surrogates(text):
    # sys.stdin decodes with surrogateescape: undecodable bytes arrive as lone surrogates;
    # other strings may carry any surrogate.
    result = load(["-"], CONFIG, stdin=io.StringIO(text))
    assert result.articles or result.problems
    for article in result.articles:
        assert not any(c in article.text for c in "\x00\x1b\x07\x9b\ud800\udcff")
    if text.lstrip().startswith("{"):
        return
    try:  # what came in on stdin is read as the same bytes in a file would be
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # not from sys.stdin: each lone surrogate is one "?"
        assert [len(a.text) for a in result.articles] in ([], [len(text)])
        return
    from_file, _ = load_folder({"stdin.txt": data})
    assert [fields(a)[1:] for a in result.articles] == [fields(a)[1:] for a in from_file.articles]


lines = st.one_of(
    st.builds(lambda text, published, ident: json.dumps({"id": ident, "text": text, "published": published}),
              texts, st.one_of(st.none(), st.sampled_from(["2020-10-15", "yesterday", "2020-02-30", ""]), st.text()),
              st.one_of(st.integers(), st.text(), st.none())),
    st.text(max_size=40).filter(lambda t: "\n" not in t and "\r" not in t),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(lines, min_size=1, max_size=6), packed=st.booleans())
def test_jsonl_lines_are_each_an_article_or_a_named_problem(rows, packed):
    good = json.dumps({"id": "good", "text": "The mayor resigned on Monday.", "published": "2020-10-15"})
    body = "\n".join([good, *rows]).encode("utf-8", "surrogatepass") + b"\n"
    name = "feed.jsonl.gz" if packed else "feed.jsonl"
    result, _ = load_folder({name: gzip.compress(body) if packed else body})
    assert "good" in [a.id for a in result.articles]
    lines_read = {a.line for a in result.articles} | {p.line for p in result.problems if p.skipped}
    for number, row in enumerate(rows, start=2):
        if row.strip():
            assert number in lines_read, (number, row, result.problems)
    for article in result.articles:
        record = json.loads(body.splitlines()[article.line - 1])
        consistent(article, record["text"])


@example(chunk=["\ud800"])  # not UTF-8, and longer than the limit once read as Windows-1252
@settings(max_examples=2, deadline=None)
@given(chunk=st.lists(st.sampled_from(ODD + ["on Monday", "last week", "word", " ", ","]), min_size=1, max_size=20))
def test_a_one_megabyte_line(chunk):
    line = "".join(chunk)
    line = (line * (1_000_000 // max(1, len(line)) + 1))[:1_000_000].replace("\n", " ").replace("\r", " ")
    result, _ = load_folder({"long.txt": line.encode("utf-8", "surrogatepass")})
    if result.articles:
        source = line.encode("utf-8", "surrogatepass")
        try:
            expected = source.decode("utf-8")
        except UnicodeDecodeError:
            expected = source.decode("cp1252", errors="replace")
        # Read as Windows-1252, a line of 3-byte characters is three times as long: it is then cut
        # at corpus.max_article_chars, like any long article, and said so.
        if len(expected) > CONFIG.max_article_chars:
            expected = expected[:CONFIG.max_article_chars]
            assert any("max_article_chars" in p.message for p in result.problems)
        consistent(result.articles[0], expected)
