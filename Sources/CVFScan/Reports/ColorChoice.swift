/// When the terminal report uses colour: `--color always|never|auto`.
public enum ColorChoice: String, Sendable, Hashable, CaseIterable {
    /// Colour even into a pipe or file (for `less -R`), whatever `NO_COLOR` says: an option given on the command
    /// line outranks the environment, as https://no-color.org asks.
    case always
    /// Never colour.
    case never
    /// Colour when standard output is a terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
    case auto

    /// Whether to colour, given where the output goes and the environment.
    ///
    /// - Parameters:
    ///   - outputIsTerminal: whether standard output is a terminal (`isatty(1)`).
    ///   - environment: the process environment; only `NO_COLOR` and `TERM` are read.
    public func usesColor(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return outputIsTerminal
        }
    }
}
