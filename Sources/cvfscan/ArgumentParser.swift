/// The options a command accepts.
struct OptionSpecification {
    var name: String
    var takesValue: Bool
    var repeatable: Bool = false
    var shortName: String? = nil
}

/// Parsed command-line arguments: option values by name, flags, and positional arguments.
struct ParsedArguments {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}

/// A small parser for `--name value`, `--name=value`, flags, `-` (standard input) and `--`.
enum ArgumentParser {
    static func parse(_ arguments: [String], options: [OptionSpecification]) throws(CommandFailure) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = options.first(where: { $0.name == name || $0.shortName == name }) else {
                throw .usage("unknown option '\(name)'\(suggestion(for: name, among: options.map(\.name)))")
            }
            if option.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw .usage("option '\(option.name)' needs a value")
                    }
                    value = arguments[index]
                    index += 1
                }
                if !option.repeatable, parsed.values[option.name] != nil {
                    throw .usage("option '\(option.name)' is given twice")
                }
                parsed.values[option.name, default: []].append(value)
            } else {
                guard inlineValue == nil else { throw .usage("option '\(option.name)' takes no value") }
                parsed.flags.insert(option.name)
            }
        }
        return parsed
    }

    /// "; did you mean '--format'?" when a known option is one or two edits away.
    static func suggestion(for name: String, among names: [String]) -> String {
        let scored = names.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= 2 }.sorted { $0.1 < $1.1 }
        guard let best = scored.first else { return "" }
        return "; did you mean '\(best.0)'?"
    }

    static func editDistance(_ left: String, _ right: String) -> Int {
        let left = Array(left)
        let right = Array(right)
        guard !left.isEmpty else { return right.count }
        guard !right.isEmpty else { return left.count }
        var previous = Array(0...right.count)
        for (leftIndex, leftCharacter) in left.enumerated() {
            var current = [leftIndex + 1]
            for (rightIndex, rightCharacter) in right.enumerated() {
                current.append(min(previous[rightIndex + 1] + 1, current[rightIndex] + 1,
                                   previous[rightIndex] + (leftCharacter == rightCharacter ? 0 : 1)))
            }
            previous = current
        }
        return previous[right.count]
    }
}
