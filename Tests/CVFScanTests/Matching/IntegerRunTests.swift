import Testing
@testable import CVFScan

@Suite("Integer runs (arrays, or stretches of a cache file)")
struct IntegerRunTests {
    static let values: [Int32] = [0, -1, 7, Int32.max, Int32.min, 42]

    /// The values as a writer lays them out, read back in place from a copy of the bytes.
    static func fileRun(after prefix: [UInt8]) -> (IntegerRun<Int32>, BinaryReader) {
        var writer = BinaryWriter()
        for byte in prefix { writer.integer(byte) }
        writer.run(IntegerRun(values))
        var reader = BinaryReader(bytes: writer.bytes)
        for _ in prefix { _ = reader.integer(UInt8.self) }
        return (reader.run(Int32.self), reader)
    }

    @Test("a run read from the file holds the values written, whatever the misalignment before it", arguments: 0...7)
    func readInPlace(padding: Int) {
        let (run, reader) = Self.fileRun(after: [UInt8](repeating: 9, count: padding))
        #expect(!reader.failed)
        #expect(reader.isAtEnd)
        #expect(run.count == Self.values.count)
        #expect(run.array == Self.values)
        #expect(run.withUnsafeBufferPointer { Array($0) } == Self.values)
        #expect(run.first == 0)
        #expect(run.last == 42)
    }

    @Test("an array run gives back its array and its ends")
    func arrayRun() {
        let run = IntegerRun(Self.values)
        #expect(run.array == Self.values)
        #expect(run.count == 6)
        #expect(run.first == 0)
        #expect(run.last == 42)
        #expect(IntegerRun<Int32>().first == nil)
        #expect(IntegerRun<Int32>().isEmpty)
    }

    @Test("a count larger than the rest of the file fails the reader")
    func overlongCount() {
        var writer = BinaryWriter()
        writer.integer(UInt32(1000))
        writer.integer(Int32(5))
        var reader = BinaryReader(bytes: writer.bytes)
        let run = reader.run(Int32.self)
        #expect(reader.failed)
        #expect(run.isEmpty)
    }
}
