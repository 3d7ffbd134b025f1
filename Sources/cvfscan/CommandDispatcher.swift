/// Chooses the command from the first argument; anything else is the default `scan`.
enum CommandDispatcher {
    static let version = "cvfscan 0.1.0"

    static func run(_ arguments: [String], output: inout FileOutput) throws -> ExitStatus {
        guard let first = arguments.first else {
            return try ScanCommand.run([], output: &output)
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "scan": return try ScanCommand.run(rest, output: &output)
        case "stem": return try StemCommand.run(rest, output: &output)
        case "tokens": return try TokensCommand.run(rest, output: &output)
        case "lexicon": return try LexiconCommand.run(rest, output: &output)
        case "batch": return try BatchCommand.run(rest, output: &output)
        case "calibrate": return try CalibrateCommand.run(rest, output: &output)
        case "help", "--help", "-h":
            try output.write(HelpText.main)
            return .success
        case "--version":
            try output.write(version + "\n")
            return .success
        default:
            return try ScanCommand.run(arguments, output: &output)
        }
    }
}
