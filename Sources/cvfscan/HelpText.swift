/// The text of `--help` for each command.
enum HelpText {
    static let main = """
    cvfscan — shows, with evidence, how strongly a job applicant's answer demonstrates each value and competency
    of the College of Policing Competency and Values Framework (CVF) and West Midlands Police's frameworks.

    USAGE
      cvfscan [scan] [OPTIONS] [FILE…]        score answers (standard input when no FILE or FILE is -)
      cvfscan batch INPUT… [OPTIONS]          score exported applications (.csv, .jsonl): one row each (batch --help)
      cvfscan stem [--normalise] [WORD…]      Snowball stems of words (or one word per line on standard input)
      cvfscan tokens [FILE]                   tokens with offsets, sentence and clause marks, and terms
      cvfscan lexicon check [PATH…]           validate lexicons; list shared and never-matching patterns
      cvfscan lexicon list [--format json]    frameworks, dimensions, behaviour and pattern counts
      cvfscan calibrate CORPUS [-o FILE]      agreement with human markers; bands fitted to their marking

    SCAN OPTIONS
      -f, --framework ID[,ID…]|all   frameworks to score (default: cvf). Built in: cvf, cvf-2016, wmp-values,
                                     wmp-people-deal, wmp-leadership-promise
      --lexicons PATH                add lexicon files or a folder of *.lexicon files (repeatable); a framework
                                     already loaded with the same id is replaced
      --format text|json|html|markdown
                                     text: the answer with its evidence marked, notes, a table of scores
                                     (default); json: one cvfscan.report/1 object per input; html: one
                                     self-contained page (several inputs: one page and a sortable summary);
                                     markdown: a table and the quoted evidence, for notes and tickets
      --color always|never|auto      colour the text report (default auto: only on a terminal and when
                                     NO_COLOR is unset); without colour, evidence is marked [[like this]][1]
      --explain                      show, for every match, the pattern, behaviour statement, negation, agent,
                                     modality and weight, and how each score was computed
      -h, --help                     this help
      --version                      the version

    Each FILE (or standard input) is one answer, up to 64 MiB; with --format jsonl, one answer per line, up to
    32 MB a line.

    EXIT CODES
      0   success
      64  usage error: an unknown option, format or framework, a missing column
      65  bad input data: an empty, binary or too large answer, a record that could not be scored, a lexicon
          (every error as path:line:column) or calibration file with errors
      66  an input file or folder not found or not readable
      74  I/O error: reading or writing failed (a full disk, a device error)
    A reader that closes the output early (cvfscan … | head -1) ends the run quietly with status 0.

    EXAMPLES
      echo "I took responsibility for my mistake and put it right." | cvfscan
      cvfscan --framework cvf,wmp-values --format json answer.txt
      cvfscan --explain answer.txt
      cvfscan --format html answer.txt > report.html

    """

    static let stem = """
    cvfscan stem [--normalise] [WORD…]

    Prints the Snowball English (Porter2) stem of each WORD, or of each line of standard input, one per line,
    exactly as the reference Snowball implementation does (no case folding).

      --normalise   print instead the terms the scanner compares: lower case, accents folded, contractions
                    expanded (didn't → did not), irregular forms, misspellings and American spellings unified,
                    then stemmed. Use it to see why a lexicon pattern does or does not match a word.

    """

    static let tokens = """
    cvfscan tokens [FILE]

    Prints every token of FILE (or standard input), tab-separated: sentence number, token number, kind, Unicode
    code-point start and end (Python's text[start:end]), UTF-8 byte start and end, marks (sentence-start,
    sentence-end, clause, bullet, heading, quote, abbreviation), the token, and its terms.

    """

    static let lexicon = """
    cvfscan lexicon check [PATH…] [--corpus FILE.jsonl]…
      Validates lexicon files (default: the built-in ones) and prints every error as path:line:column: message;
      exits 65 if there are errors. Then lists patterns that match the same words in several dimensions, and
      patterns that match nothing in the corpus (default: Benchmarks/corpus/*.jsonl except the held-out set).

    cvfscan lexicon list [--format text|json] [--lexicons PATH]…
      Lists frameworks and their dimensions (id, name, kind) with behaviour and pattern counts.

    """
}
