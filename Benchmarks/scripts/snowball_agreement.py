#!/usr/bin/env python3
"""Agreement check: cvfscan's Snowball English stemmer against the reference implementation.

What it does
    1. Creates (once) a virtualenv with the reference pinned: snowballstemmer==3.1.1 from PyPI, whose English
       stemmer is the current published algorithm (the 2025 revision: -ogist -> -og, the inter-/organ-/emerg-/...
       R1 prefixes, the -ing and -eed exceptions inside step 1b).
    2. Builds a vocabulary: the Debian word lists (packages wbritish, wamerican, and their -large variants when
       installed), plus any extra files given with --vocabulary (for example snowball-data's english/voc.txt),
       lower-cased with Python's str.lower(), de-duplicated and sorted so every run sees the same words.
    3. Pipes the vocabulary, one word per line, into the command under test, which must print one stem per line.
    4. Prints the vocabulary size, the agreement percentage and the first disagreements, and exits 1 when the
       agreement is below --min-agreement (default 100.0), 2 when it cannot run at all.

Usage (from the repository root)
    swift build -c release
    python3 Benchmarks/scripts/snowball_agreement.py
    python3 Benchmarks/scripts/snowball_agreement.py --command ".build/release/cvfscan stem" \\
        --vocabulary /path/to/snowball-data/english/voc.txt --show 50

Requirements
    python3 with the venv module, network access to PyPI for the first run (the virtualenv is then reused from
    --venv, default /tmp/cvfscan-snowball-venv), and the word lists: `apt-get install wbritish wamerican`
    (optionally wbritish-large wamerican-large for about 170,000 words).
"""

import argparse
import os
import shlex
import subprocess
import sys

REFERENCE_PACKAGE = "snowballstemmer"
REFERENCE_VERSION = "3.1.1"
DEFAULT_WORD_LISTS = [
    "/usr/share/dict/british-english",
    "/usr/share/dict/american-english",
    "/usr/share/dict/british-english-large",
    "/usr/share/dict/american-english-large",
]

# Runs inside the virtualenv. It imports the pure-Python English stemmer directly so that an installed PyStemmer
# (which snowballstemmer.stemmer() prefers when present) can never stand in for the pinned version.
REFERENCE_RUNNER = r"""
import sys
from importlib.metadata import version
from snowballstemmer.english_stemmer import EnglishStemmer
expected = sys.argv[1]
if version("snowballstemmer") != expected:
    sys.exit("reference is snowballstemmer %s, expected %s" % (version("snowballstemmer"), expected))
stemmer = EnglishStemmer()
data = sys.stdin.buffer.read().decode("utf-8")
words = data.split("\n")[:-1]
out = "".join(stemmer.stemWord(word) + "\n" for word in words)
sys.stdout.buffer.write(out.encode("utf-8"))
"""


def fail(message):
    print("snowball_agreement: " + message, file=sys.stderr)
    sys.exit(2)


def ensure_reference(venv_directory):
    """Returns the virtualenv's python, creating the virtualenv and installing the pinned reference if needed."""
    python = os.path.join(venv_directory, "bin", "python")
    if not os.path.exists(python):
        print("creating virtualenv %s" % venv_directory, file=sys.stderr)
        result = subprocess.run([sys.executable, "-m", "venv", venv_directory])
        if result.returncode != 0:
            fail("could not create the virtualenv at %s (is python3-venv installed?)" % venv_directory)
    check = subprocess.run(
        [python, "-c", "from importlib.metadata import version; print(version('%s'))" % REFERENCE_PACKAGE],
        capture_output=True, text=True)
    if check.returncode != 0 or check.stdout.strip() != REFERENCE_VERSION:
        print("installing %s==%s into %s" % (REFERENCE_PACKAGE, REFERENCE_VERSION, venv_directory), file=sys.stderr)
        result = subprocess.run([python, "-m", "pip", "install", "--quiet",
                                 "%s==%s" % (REFERENCE_PACKAGE, REFERENCE_VERSION)])
        if result.returncode != 0:
            fail("pip could not install %s==%s; check network access to PyPI" % (REFERENCE_PACKAGE, REFERENCE_VERSION))
    return python


def read_words(path):
    try:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
    except OSError as error:
        fail("cannot read word list %s: %s" % (path, error))
    except UnicodeDecodeError as error:
        fail("word list %s is not UTF-8: %s" % (path, error))
    words = []
    for line in text.split("\n"):
        word = line.strip().lower()
        # One word per line is the protocol with the command under test, so anything containing whitespace is skipped.
        if word and not any(character.isspace() for character in word):
            words.append(word)
    return words


def build_vocabulary(word_lists, extra_vocabularies):
    sources = []
    words = set()
    for path in word_lists + extra_vocabularies:
        listed = read_words(path)
        sources.append("%s (%d)" % (path, len(listed)))
        words.update(listed)
    return sorted(words), sources


def run_lines(command, words, what):
    payload = "".join(word + "\n" for word in words).encode("utf-8")
    try:
        result = subprocess.run(command, input=payload, capture_output=True)
    except OSError as error:
        fail("cannot run %s %s: %s" % (what, " ".join(command), error))
    if result.returncode != 0:
        fail("%s exited with status %d: %s" % (what, result.returncode,
                                               result.stderr.decode("utf-8", "replace").strip()[:2000]))
    lines = result.stdout.decode("utf-8", "replace").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(words):
        fail("%s printed %d lines for %d words; it must print exactly one stem per input line"
             % (what, len(lines), len(words)))
    return lines


def main():
    parser = argparse.ArgumentParser(description="Compare a stemmer command with the reference Snowball English stemmer.")
    parser.add_argument("--command", default=".build/release/cvfscan stem",
                        help="command that reads one word per line on stdin and prints one stem per line "
                             "(default: %(default)s)")
    parser.add_argument("--venv", default="/tmp/cvfscan-snowball-venv",
                        help="virtualenv holding the pinned reference (default: %(default)s)")
    parser.add_argument("--word-list", action="append", default=None,
                        help="word list to use instead of the Debian defaults (repeatable)")
    parser.add_argument("--vocabulary", action="append", default=[],
                        help="extra vocabulary file, one word per line, e.g. snowball-data english/voc.txt (repeatable)")
    parser.add_argument("--show", type=int, default=20, help="how many disagreements to print (default: %(default)s)")
    parser.add_argument("--min-agreement", type=float, default=100.0,
                        help="exit 1 below this percentage (default: %(default)s)")
    arguments = parser.parse_args()

    if arguments.word_list is None:
        word_lists = [path for path in DEFAULT_WORD_LISTS if os.path.exists(path)]
        if not word_lists:
            fail("no Debian word list found under /usr/share/dict; run: apt-get install wbritish wamerican")
    else:
        word_lists = arguments.word_list

    words, sources = build_vocabulary(word_lists, arguments.vocabulary)
    if not words:
        fail("the vocabulary is empty")
    python = ensure_reference(arguments.venv)
    expected = run_lines([python, "-c", REFERENCE_RUNNER, REFERENCE_VERSION], words, "the reference")
    actual = run_lines(shlex.split(arguments.command), words, "the command under test")

    disagreements = [(word, want, got) for word, want, got in zip(words, expected, actual) if want != got]
    agreement = 100.0 * (len(words) - len(disagreements)) / len(words)
    print("reference: %s==%s" % (REFERENCE_PACKAGE, REFERENCE_VERSION))
    print("sources: %s" % ", ".join(sources))
    print("vocabulary: %d words" % len(words))
    print("agreement: %.4f%% (%d disagreements)" % (agreement, len(disagreements)))
    for word, want, got in disagreements[:arguments.show]:
        print("  %s\texpected %s\tgot %s" % (word, want, got))
    return 0 if agreement >= arguments.min_agreement else 1


if __name__ == "__main__":
    sys.exit(main())
