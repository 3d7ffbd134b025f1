// libFuzzer harness: arbitrary bytes as a CSV export, read by the streaming CSVReader in small chunks. Build and run
// with `Fuzz/run.sh ReadCSV`.
//
// Checks, for any input:
// - the records do not depend on how the input is cut into chunks (1 byte, a few bytes, the default 1 MiB), with
//   the default limits and with tiny ones that force every truncation path;
// - limits hold: no field longer than the field limit, no record with more fields than allowed;
// - what CSVWriter writes, CSVReader reads back as the same fields, formula cells with their leading quote.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let smallChunk = 1 + size % 7
    let reference = readCSV(bytes, chunkSize: ByteChunkReader.defaultChunkSize, limits: CSVReader.Limits())
    for chunkSize in [1, smallChunk] {
        let records = readCSV(bytes, chunkSize: chunkSize, limits: CSVReader.Limits())
        fuzzCheck(records == reference, "CSV records differ between chunk sizes \(chunkSize) and the default")
    }
    let tiny = CSVReader.Limits(maximumFieldBytes: 5, maximumFieldsPerRecord: 3, maximumRecordBytes: 11)
    let limited = readCSV(bytes, chunkSize: smallChunk, limits: tiny)
    fuzzCheck(limited == readCSV(bytes, chunkSize: ByteChunkReader.defaultChunkSize, limits: tiny),
              "limited CSV records differ between chunk sizes")
    if case .records(let records) = limited {
        for record in records {
            fuzzCheck(record.fields.count <= tiny.maximumFieldsPerRecord, "record \(record.index) has \(record.fields.count) fields")
            for (position, field) in record.fields.enumerated() where !record.fieldsDecodedAsWindows1252.contains(position) {
                fuzzCheck(field.utf8.count <= tiny.maximumFieldBytes, "field of \(field.utf8.count) bytes kept")
            }
        }
    }
    if case .records(let records) = reference {
        checkRoundTrip(records)
    }
    return 0
}

enum CSVOutcome: Equatable {
    case records([CSVRecord])
    case refused(BatchInputError)
}

func readCSV(_ bytes: [UInt8], chunkSize: Int, limits: CSVReader.Limits) -> CSVOutcome {
    let reader = CSVReader(reader: ByteChunkReader(bytes: bytes, name: "fuzz.csv", chunkSize: chunkSize), limits: limits)
    var records: [CSVRecord] = []
    do {
        while let record = try reader.nextRecord() {
            records.append(record)
            fuzzCheck(records.count <= bytes.count + 1, "more records than bytes")
        }
    } catch {
        // A refusal repeats: asking again must not skip past it.
        do {
            _ = try reader.nextRecord()
            fuzzCheck(false, "a refused input read on after the refusal")
        } catch let again {
            fuzzCheck(again == error, "a refusal changed when asked again")
        }
        return .refused(error)
    }
    return .records(records)
}

/// Writes the fields the reader produced and reads them back. Fields the reader would refuse or rewrite at the
/// start of a file (controls that look binary) are left out; a header row keeps the first field away from BOM sniffing.
func checkRoundTrip(_ records: [CSVRecord]) {
    let rows = records.map(\.fields).filter { fields in
        !(fields.count == 1 && fields[0].isEmpty)
            && fields.allSatisfy { $0.utf8.allSatisfy { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }
    }
    guard !rows.isEmpty else { return }
    var output: [UInt8] = []
    let writer = CSVWriter()
    writer.appendRow(["header"], to: &output)
    for row in rows { writer.appendRow(row, to: &output) }
    guard case .records(let readBack) = readCSV(output, chunkSize: 3, limits: CSVReader.Limits()) else {
        fuzzCheck(false, "CSVWriter output was refused by CSVReader")
        return
    }
    fuzzCheck(readBack.count == rows.count + 1, "wrote \(rows.count + 1) rows, read \(readBack.count)")
    for (row, record) in zip(rows, readBack.dropFirst()) {
        let expected = row.map { field -> String in
            guard let first = field.utf8.first else { return field }
            let formula = first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
            return formula ? "'" + field : field
        }
        fuzzCheck(record.fields == expected, "round trip changed \(row) into \(record.fields)")
        fuzzCheck(record.errors.isEmpty, "CSVWriter output read with errors: \(record.errors)")
    }
}
