extension AtomicFileWriter: BatchOutput {
    /// Commits the file: it appears at the destination, complete.
    public func finish() throws(BatchInputError) {
        try commit()
    }
}
