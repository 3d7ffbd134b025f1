// libFuzzer harness: arbitrary bytes as a JSON Lines file, read by the streaming JSONLinesReader in small chunks,
// each record then scored as `cvfscan --format jsonl` would. Build and run with `Fuzz/run.sh ReadJSONLines`.
//
// Checks, for any input:
// - the records do not depend on how the input is cut into chunks, with the default line limit and a tiny one;
// - every parsed value, written back with the report writers' JSON string escaping, parses to the same value;
// - a record whose text can be scanned is scanned without trouble, and one that cannot gets a message.

nonisolated(unsafe) let fuzzSession: ScanSession? = (try? EvidenceScanner.builtIn(frameworks: ["cvf"]))?.makeSession()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let smallChunk = 1 + size % 7
    let reference = readJSONLines(bytes, chunkSize: ByteChunkReader.defaultChunkSize, maximumLineBytes: JSONLinesReader.defaultMaximumLineBytes)
    for chunkSize in [1, smallChunk] {
        let outcome = readJSONLines(bytes, chunkSize: chunkSize, maximumLineBytes: JSONLinesReader.defaultMaximumLineBytes)
        fuzzCheck(outcome == reference, "JSON Lines records differ between chunk sizes \(chunkSize) and the default")
    }
    let tinyLimit = 1 + size % 13
    fuzzCheck(readJSONLines(bytes, chunkSize: smallChunk, maximumLineBytes: tinyLimit)
              == readJSONLines(bytes, chunkSize: ByteChunkReader.defaultChunkSize, maximumLineBytes: tinyLimit),
              "JSON Lines records with a \(tinyLimit)-byte line limit differ between chunk sizes")
    guard case .records(let records) = reference else { return 0 }
    for record in records {
        if case .success(let value) = record.value {
            var output = JSONOutput()
            writeJSON(value, to: &output)
            let reparsed = output.bytes.withUnsafeBufferPointer { JSONParser.parseDocument($0) }
            fuzzCheck(reparsed == .success(value), "JSON written back does not parse to the same value")
        }
        guard let session = fuzzSession else {
            fuzzCheck(false, "the built-in lexicon does not compile")
            return 0
        }
        let result = RecordScanning.scan(record, idField: JSONFieldPath("id"), textField: JSONFieldPath("text"), session: session)
        if case .failure(let failure) = result {
            fuzzCheck(!failure.message.isEmpty, "a record failed without a message")
        }
    }
    return 0
}

enum JSONLinesOutcome: Equatable {
    case records([JSONLinesRecord])
    case refused(BatchInputError)
}

func readJSONLines(_ bytes: [UInt8], chunkSize: Int, maximumLineBytes: Int) -> JSONLinesOutcome {
    let reader = JSONLinesReader(
        reader: ByteChunkReader(bytes: bytes, name: "fuzz.jsonl", chunkSize: chunkSize), maximumLineBytes: maximumLineBytes)
    var records: [JSONLinesRecord] = []
    do {
        while let record = try reader.nextRecord() {
            fuzzCheck(record.line > (records.last?.line ?? 0), "line numbers do not increase")
            fuzzCheck(record.index == records.count, "record index \(record.index) after \(records.count) records")
            records.append(record)
        }
    } catch {
        return .refused(error)
    }
    return .records(records)
}

/// Serialises a parsed value with the writers' string escaping; numbers keep the text they were written with.
func writeJSON(_ value: JSONValue, to output: inout JSONOutput) {
    switch value {
    case .null: output.raw("null")
    case .bool(let flag): output.raw(flag ? "true" : "false")
    case .number(let text, _): output.bytes.append(contentsOf: text.utf8)
    case .string(let text): output.string(text)
    case .array(let elements):
        output.raw("[")
        for (position, element) in elements.enumerated() {
            if position > 0 { output.raw(",") }
            writeJSON(element, to: &output)
        }
        output.raw("]")
    case .object(let members):
        output.raw("{")
        for (position, member) in members.enumerated() {
            if position > 0 { output.raw(",") }
            output.string(member.key)
            output.raw(":")
            writeJSON(member.value, to: &output)
        }
        output.raw("}")
    }
}
