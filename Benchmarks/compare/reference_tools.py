"""The reference tools, each set up once and then run over every answer of the corpus.

Every runner is built from the same phrase list (the literal expansion of cvfscan's built-in patterns, see
Benchmarks/CVFScanBenchmarks/PhraseExporter.swift) except VADER, which scores with its own lexicon: it stands for
"negation-aware scoring", the other half of what cvfscan does. Each runner does what a user of the tool would
write to find whole-word, case-insensitive phrase matches, and returns the number of matches so the work cannot
be skipped.
"""


def aho_corasick(phrases):
    """pyahocorasick over the lower-cased text, keeping matches that start and end on word boundaries."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        automaton.add_word(phrase, len(phrase))
    automaton.make_automaton()

    def run(texts):
        matches = 0
        for text in texts:
            lowered = text.lower()
            size = len(lowered)
            for end, length in automaton.iter(lowered):
                start = end - length + 1
                if (start == 0 or not lowered[start - 1].isalnum()) and (end + 1 == size or not lowered[end + 1].isalnum()):
                    matches += 1
        return matches

    return run


def flashtext(phrases):
    """FlashText's KeywordProcessor, case-insensitive, with spans (its longest-match word trie)."""
    from flashtext import KeywordProcessor

    processor = KeywordProcessor(case_sensitive=False)
    processor.add_keywords_from_list(list(phrases))

    def run(texts):
        return sum(len(processor.extract_keywords(text, span_info=True)) for text in texts)

    return run


def spacy_phrase_matcher(phrases):
    """spaCy's blank English pipeline (tokeniser only) and a PhraseMatcher on the LOWER attribute."""
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("CVF", list(nlp.tokenizer.pipe(phrases)))

    def run(texts):
        return sum(len(matcher(doc)) for doc in nlp.pipe(texts, batch_size=256))

    return run


def vader(phrases):
    """VADER's polarity scores for each answer (its own lexicon, negation and "but" rules; phrases unused)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()

    def run(texts):
        total = 0
        for text in texts:
            if analyzer.polarity_scores(text)["compound"] != 0:
                total += 1
        return total

    return run


TOOLS = {
    "pyahocorasick": (aho_corasick, "pyahocorasick"),
    "FlashText": (flashtext, "flashtext"),
    "spaCy": (spacy_phrase_matcher, "spacy"),
    "VADER": (vader, "vaderSentiment"),
}
