#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// The threads that score a batch run's windows: one long-lived thread per job, each with its own scorer, so
/// `--jobs N` always means N threads scanning, whatever a shared thread pool would decide under load.
///
/// The reading thread hands a window to every worker (``start(_:)``), reads the next window, then waits for this
/// one (``wait()``). `@unchecked Sendable`: the window being worked on is handed over and back through semaphores,
/// which order every access to it; ``shutDown()`` ends the threads and must be called before the pool goes away.
final class BatchWorkerPool: @unchecked Sendable {
    private let scorers: [BatchRecordScorer]
    private let startSignals: [DispatchSemaphore]
    private let finished = DispatchSemaphore(value: 0)
    private let exited = DispatchSemaphore(value: 0)
    /// Written by the reading thread before signalling the workers, read by them after the signal.
    private var window: BatchWindow?
    private var isShuttingDown = false
    private var isRunning = false

    init(scorers: [BatchRecordScorer]) {
        self.scorers = scorers
        self.startSignals = scorers.map { _ in DispatchSemaphore(value: 0) }
        for index in scorers.indices {
            Self.startThread { [self] in work(index) }
        }
    }

    /// Gives `window` to every worker; returns at once.
    func start(_ window: BatchWindow) {
        self.window = window
        isRunning = true
        for signal in startSignals { signal.signal() }
    }

    /// Waits until every worker has finished the window given to ``start(_:)``.
    func wait() {
        guard isRunning else { return }
        for _ in scorers { finished.wait() }
        isRunning = false
        window = nil
    }

    /// Finishes the current window, then ends every thread and waits for them.
    func shutDown() {
        wait()
        isShuttingDown = true
        for signal in startSignals { signal.signal() }
        for _ in scorers { exited.wait() }
    }

    private func work(_ index: Int) {
        while true {
            startSignals[index].wait()
            if isShuttingDown { break }
            window?.run(scorer: scorers[index])
            finished.signal()
        }
        exited.signal()
    }

    /// The work a new thread runs, passed through `pthread_create`'s untyped argument. `@unchecked Sendable`: it is
    /// handed to exactly one thread and never touched by the creating thread again.
    private final class ThreadBody: @unchecked Sendable {
        let run: () -> Void

        init(_ run: @escaping () -> Void) {
            self.run = run
        }
    }

    /// Starts a detached thread with a stack deep enough for any answer the engine accepts (the default for
    /// secondary threads is small). POSIX threads rather than Foundation's `Thread`, which would load all of
    /// Foundation at start-up.
    private static func startThread(_ run: @escaping () -> Void) {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, 8 << 20)
        pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
        let body = Unmanaged.passRetained(ThreadBody(run)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let result = pthread_create(&thread, &attributes, { argument in
            #if canImport(Darwin)
            let pointer: UnsafeMutableRawPointer = argument
            #else
            guard let pointer = argument else { return nil }
            #endif
            Unmanaged<ThreadBody>.fromOpaque(pointer).takeRetainedValue().run()
            return nil
        }, body)
        if result != 0 {
            // Out of threads (the system's limit): a pool thread with its default stack still does the work.
            let work = Unmanaged<ThreadBody>.fromOpaque(body).takeRetainedValue()
            DispatchQueue.global().async { work.run() }
        }
    }
}
