import Foundation

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
            let thread = Thread { [self] in work(index) }
            thread.name = "cvfscan batch worker \(index + 1)"
            // Deep enough for any answer the engine accepts; the default of secondary threads is small.
            thread.stackSize = 8 << 20
            thread.start()
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
}
