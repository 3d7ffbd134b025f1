import Testing

@testable import CVFScan

struct BatchInputErrorTests {
    @Test(arguments: [
        (
            BatchInputError.fileNotFound(path: "in.csv"),
            "in.csv: file not found; check the path and the spelling of the file name"
        ),
        (.permissionDenied(path: "in.csv"), "in.csv: permission denied; this account is not allowed to read the file"),
        (
            .isDirectory(path: "exports"),
            "exports: this is a folder, not a file; name a CSV or JSON Lines file inside it"
        ),
        (
            .cannotOpen(path: "in.csv", reason: "Too many open files"),
            "in.csv: cannot open the file: Too many open files"
        ),
        (
            .readFailed(path: "<stdin>", reason: "Input/output error"),
            "<stdin>: reading the file failed: Input/output error"
        ),
        (
            .binaryInput(path: "answers.xlsx"),
            "answers.xlsx: this does not look like a text file (it contains NUL bytes or control characters); "
                + "if it is an Excel workbook, save it as \"CSV UTF-8 (Comma delimited)\" first"
        ),
        (.missingHeader(path: "in.csv"), "in.csv: the file is empty; expected a header row naming the columns"),
        (
            .missingColumn(path: "in.csv", column: "answer", availableColumns: ["id", "response"]),
            "in.csv:1: no column named \"answer\"; the header row has: \"id\", \"response\""
        ),
        (
            .missingColumn(path: "in.csv", column: "answer", availableColumns: []),
            "in.csv:1: no column named \"answer\"; the header row has: (no columns)"
        ),
        (
            .unterminatedQuotedField(path: "in.csv", line: 12, column: 5),
            "in.csv:12:5: a quoted field starts here but is never closed; everything to the end of the file was read "
                + "into it. Add the missing closing quote (\")"
        ),
        (
            .fieldTooLarge(path: "in.csv", line: 3, fieldNumber: 2, limit: 10 << 20),
            "in.csv:3: field 2 is larger than 10 MB; only the first 10 MB were kept"
        ),
        (
            .fieldTooLarge(path: "in.csv", line: 3, fieldNumber: 2, limit: 8),
            "in.csv:3: field 2 is larger than 8 bytes; only the first 8 bytes were kept"
        ),
        (
            .tooManyFields(path: "in.csv", line: 4, limit: 100_000),
            "in.csv:4: this row has more than 100000 fields; the fields after that were dropped"
        ),
        (
            .recordTooLarge(path: "in.csv", line: 4, limit: 64 << 20),
            "in.csv:4: this row is larger than 64 MB in total; the rest of it was cut off"
        ),
        (
            .recordTooShort(path: "in.csv", line: 9, column: "Answer", fieldCount: 1),
            "in.csv:9: this row has only 1 field, so it has no value in the column \"Answer\""
        ),
        (
            .invalidJSON(path: "in.jsonl", line: 2, column: 7, message: "expected ':' after the object key \"a\""),
            "in.jsonl:2:7: invalid JSON: expected ':' after the object key \"a\""
        ),
        (
            .jsonLineTooLong(path: "in.jsonl", line: 5, limit: 32 << 20),
            "in.jsonl:5: this line is longer than 32 MB and was skipped"
        ),
        (
            .jsonRecordNotObject(path: "in.jsonl", line: 1, found: "an array"),
            "in.jsonl:1: expected a JSON object ({...}) on this line, found an array"
        ),
        (
            .missingJSONField(path: "in.jsonl", line: 1, field: "answers.q1", availableKeys: ["id", "answers"]),
            "in.jsonl:1: no field \"answers.q1\" in this record; its keys are: \"id\", \"answers\""
        ),
        (
            .jsonFieldNotText(path: "in.jsonl", line: 1, field: "answers", found: "an object"),
            "in.jsonl:1: field \"answers\" is an object, expected text (a JSON string)"
        ),
        (
            .cannotCreateOutput(path: "out/r.csv", reason: "the folder out does not exist"),
            "out/r.csv: cannot create the output file: the folder out does not exist"
        ),
        (
            .writeFailed(path: "r.csv", reason: "No space left on device"),
            "r.csv: writing failed: No space left on device"
        ),
        (
            .cannotReplaceOutput(path: "r.csv", reason: "Permission denied"),
            "r.csv: cannot replace the output file: Permission denied; any previous file there is unchanged"
        ),
    ])
    func describesProblemsForRecruiters(error: BatchInputError, message: String) {
        #expect(error.description == message)
    }

    @Test(arguments: [
        (1, "1 byte"), (1023, "1023 bytes"), (1024, "1 KB"), (65_536, "64 KB"), (1_048_576, "1 MB"),
        (1_048_577, "1048577 bytes"),
    ])
    func formatsSizes(bytes: Int, text: String) {
        #expect(BatchInputError.formatted(bytes: bytes) == text)
    }
}
