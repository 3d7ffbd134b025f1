extension CalibrationSummary {
    /// The summary as plain-text tables for a terminal: agreement, intervals, gates, thresholds and adverse
    /// impact, figures to 3 decimals, "-" where undefined, ending in a newline.
    public func renderTable() -> String {
        var sections: [String] = [header()]
        sections.append(agreementTable())
        if options.bootstrap.replicates > 0 { sections.append(intervalTable()) }
        sections.append(gateTable())
        sections.append(thresholdTable())
        if let impact = adverseImpactTable() { sections.append(impact) }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private func header() -> String {
        let evaluationText: String =
            switch evaluation {
            case let .crossValidated(folds):
                "Machine bands are out-of-fold: thresholds fitted on \(folds - 1) of \(folds) folds, applied to the held-out fold."
            case .fixedThresholds:
                "Machine bands use the given thresholds; nothing was fitted."
            }
        let bootstrap = options.bootstrap
        let intervalText =
            bootstrap.replicates > 0
            ? "\(CalibrationNumberFormat.rounded(bootstrap.level * 100, decimals: 2))% percentile bootstrap intervals, "
                + "\(bootstrap.replicates) replicates resampling records (seed \(bootstrap.seed))."
            : "Bootstrap intervals switched off."
        return [
            "Calibration on scale \(scale.lowest)...\(scale.highest) (\(bandNames.joined(separator: " | "))): "
                + "\(sampleCount) samples from \(recordCount) records, \(dimensions.count) dimensions.",
            evaluationText,
            "Evidence present = rating >= \(evidencePresentFrom). SMD = (mean band - mean human) / "
                + "sqrt((var band + var human) / 2), sample variances.",
            intervalText,
        ].joined(separator: "\n")
    }

    private static func figure(_ value: Double?) -> String {
        value.map { CalibrationNumberFormat.fixed($0, decimals: 3) } ?? "-"
    }

    private func agreementTable() -> String {
        var rows: [[String]] = []
        func row(_ name: String, _ metrics: AgreementMetrics, _ gates: DeploymentGates) -> [String] {
            [name, String(metrics.count)] + AgreementMetric.allCases.map { Self.figure(metrics.value(of: $0)) }
                + [gates.passed ? "pass" : "fail"]
        }
        for dimension in dimensions { rows.append(row(dimension.id, dimension.metrics, dimension.gates)) }
        rows.append(row("overall", overall.metrics, overall.gates))
        let headings = ["dimension", "n", "rho", "r", "qwk", "exact", "adjacent", "precision", "recall", "f1", "auc", "smd", "gates"]
        return "Agreement, machine against first human\n" + Self.layout(headings, rows)
    }

    private func intervalTable() -> String {
        var rows: [[String]] = []
        func row(_ name: String, _ intervals: MetricIntervals) -> [String] {
            [name]
                + AgreementMetric.allCases.map { metric in
                    guard let interval = intervals[metric] else { return "-" }
                    return Self.figure(interval.lower) + ".." + Self.figure(interval.upper)
                }
        }
        for dimension in dimensions { rows.append(row(dimension.id, dimension.intervals)) }
        rows.append(row("overall", overall.intervals))
        let headings = ["dimension"] + AgreementMetric.allCases.map(\.rawValue)
        return "Bootstrap intervals\n" + Self.layout(headings, rows)
    }

    private func gateTable() -> String {
        func cell(_ gate: DeploymentGates.Gate) -> String {
            switch gate.status {
            case .notApplicable: "n/a"
            case .pass, .fail: gate.status.rawValue + " " + Self.figure(gate.value)
            }
        }
        var rows: [[String]] = []
        var notes: [String] = []
        func row(_ name: String, _ gates: DeploymentGates) {
            rows.append([
                name, cell(gates.qwk), cell(gates.smd), cell(gates.degradation), Self.figure(gates.humanHumanQWK),
                String(gates.doubleMarkedCount),
            ])
            for gate in [gates.qwk, gates.smd, gates.degradation] {
                if let note = gate.note, gate.status == .notApplicable, !notes.contains(name + ": " + note) {
                    notes.append(name + ": " + note)
                }
            }
        }
        for dimension in dimensions { row(dimension.id, dimension.gates) }
        row("overall", overall.gates)
        let criteria = options.gateCriteria
        let title =
            "Deployment gates (Williamson, Xi & Breyer 2012): qwk >= \(CalibrationNumberFormat.rounded(criteria.minimumQWK)), "
            + "|smd| <= \(CalibrationNumberFormat.rounded(criteria.maximumAbsoluteSMD)), "
            + "degradation <= \(CalibrationNumberFormat.rounded(criteria.maximumDegradation))"
        var text = title + "\n"
            + Self.layout(["dimension", "qwk", "smd", "degradation", "human-human qwk", "double-marked"], rows)
        if !notes.isEmpty { text += "\n" + notes.map { "  n/a " + $0 }.joined(separator: "\n") }
        return text
    }

    private func thresholdTable() -> String {
        let rows = dimensions.map { dimension -> [String] in
            var note: String
            switch dimension.fit.source {
            case .fitted:
                note = "in-sample qwk " + Self.figure(dimension.fit.inSampleQWK)
                if let validation = dimension.crossValidation, validation.fallbackFoldCount > 0 {
                    note += "; \(validation.fallbackFoldCount) of \(validation.folds.count) folds used the defaults"
                }
            case let .fallback(reason):
                note = reason.description
            }
            return [
                dimension.id, dimension.fit.source.label,
                dimension.fit.thresholds.values.map { CalibrationNumberFormat.rounded($0) }.joined(separator: " | "), note,
            ]
        }
        return "Thresholds to deploy (fitted on all samples of the dimension)\n"
            + Self.layout(["dimension", "source", "thresholds", "note"], rows)
    }

    private func adverseImpactTable() -> String? {
        var rows: [[String]] = []
        for dimension in dimensions {
            guard let impact = dimension.adverseImpact else { continue }
            for band in impact.bands {
                for selection in band.selections {
                    let verdict =
                        selection.tooSmallToJudge
                        ? "too small"
                        : (selection.flagged ? "FLAGGED" : (selection.ratioToHighest == nil ? "-" : "ok"))
                    rows.append([
                        dimension.id, band.name, selection.group, String(selection.count),
                        Self.figure(selection.rate), Self.figure(selection.ratioToHighest), verdict,
                    ])
                }
            }
        }
        guard !rows.isEmpty else { return nil }
        let limit = CalibrationNumberFormat.rounded(options.adverseImpact.ratioLimit)
        return "Adverse impact: share at or above each band, ratio to the highest group (flagged below \(limit); "
            + "groups under \(options.adverseImpact.minimumGroupSize) not judged)\n"
            + Self.layout(["dimension", "band", "group", "n", "rate", "ratio", "verdict"], rows)
    }

    /// Columns padded to their widest cell; the first column left-aligned, the rest right-aligned except a
    /// trailing free-text column. Cells are made safe for a terminal first: group names come from the corpus.
    private static func layout(_ headings: [String], _ rows: [[String]]) -> String {
        let all = [headings] + rows.map { $0.map { TerminalSanitizer.sanitize($0, keepNewlines: false) } }
        var widths = Array(repeating: 0, count: headings.count)
        for row in all { for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) } }
        let freeText: Set<String> = ["note", "gates", "verdict", "thresholds", "source", "band", "group"]
        return all.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                let leftAligned = column == 0 || freeText.contains(headings[column])
                if column == row.count - 1, leftAligned { return cell }
                return leftAligned ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
