import Foundation

/// How long something took: wall-clock time, and the CPU time this process spent on it.
///
/// On a machine shared with other work, wall time includes the time the benchmark waited for a core; CPU time does
/// not, so single-thread rates and scaling ratios are computed from CPU time (the per-core cost), and wall time is
/// shown beside it. Parallel speed-up can only be wall time.
struct Timing {
    var wall: Double
    var cpu: Double

    static let never = Timing(wall: .infinity, cpu: .infinity)

    /// The smaller wall time and the smaller CPU time of two runs.
    func fastest(_ other: Timing) -> Timing {
        Timing(wall: min(wall, other.wall), cpu: min(cpu, other.cpu))
    }
}

enum Stopwatch {
    /// Seconds since an arbitrary fixed point, on the monotonic clock (immune to clock adjustments).
    static func now() -> Double {
        seconds(of: CLOCK_MONOTONIC)
    }

    /// CPU seconds used by every thread of this process so far.
    static func processorTime() -> Double {
        seconds(of: CLOCK_PROCESS_CPUTIME_ID)
    }

    private static func seconds(of clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// How long `body` takes once.
    static func measure(_ body: () throws -> Void) rethrows -> Timing {
        let startCPU = processorTime()
        let start = now()
        try body()
        return Timing(wall: now() - start, cpu: processorTime() - startCPU)
    }

    /// Wall seconds `body` takes once.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        try measure(body).wall
    }

    /// The fastest of `repeats` runs of `body`. The fastest run is the one least disturbed by other processes;
    /// the first run also fills the session's word cache, as the start of a long batch would.
    static func best(of repeats: Int, _ body: () throws -> Void) rethrows -> Timing {
        var fastest = Timing.never
        for _ in 0..<max(1, repeats) {
            fastest = fastest.fastest(try measure(body))
        }
        return fastest
    }

    /// The fastest of `repeats` runs of each body, the bodies taking turns (A B C A B C …), so a burst of load from
    /// other processes cannot favour one configuration over another in a comparison.
    static func bestInTurns(of repeats: Int, _ bodies: [() -> Void]) -> [Timing] {
        var fastest = [Timing](repeating: .never, count: bodies.count)
        for _ in 0..<max(1, repeats) {
            for (index, body) in bodies.enumerated() {
                fastest[index] = fastest[index].fastest(measure(body))
            }
        }
        return fastest
    }
}
