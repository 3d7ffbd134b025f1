extension FileDescriptorWriter: BatchOutput {
    /// Writes out what is buffered.
    public func finish() throws(BatchInputError) {
        try flush()
    }
}
