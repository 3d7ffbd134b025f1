extension CalibrationSummary {
    /// The schema id of ``renderJSON()``'s output.
    public static let jsonSchemaID = "cvfscan.calibration-summary/1"

    /// The summary as JSON: keys in a fixed order, numbers rounded to 4 decimals, undefined figures as null,
    /// ending in a newline. Same summary, byte-identical text.
    public func renderJSON() -> String {
        let evaluationJSON: CalibrationJSON
        switch evaluation {
        case let .crossValidated(folds):
            evaluationJSON = .object([("thresholds", .string("cross-validated")), ("folds", .integer(folds))])
        case .fixedThresholds:
            evaluationJSON = .object([("thresholds", .string("fixed")), ("folds", .null)])
        }
        guard case var .object(evaluationMembers) = evaluationJSON else { return "" }
        evaluationMembers += [
            ("evidencePresentFrom", .integer(evidencePresentFrom)),
            ("smd", .string("(mean machine band - mean human) / sqrt((sample var machine + sample var human) / 2)")),
            (
                "bootstrap",
                .object([
                    ("method", .string("percentile")),
                    ("resampled", .string("records")),
                    ("replicates", .integer(options.bootstrap.replicates)),
                    ("seed", .unsigned(options.bootstrap.seed)),
                    ("level", .number(options.bootstrap.level)),
                ])
            ),
        ]
        let document = CalibrationJSON.object([
            ("schema", .string(CalibrationSummary.jsonSchemaID)),
            (
                "scale",
                .object([
                    ("lowest", .integer(scale.lowest)), ("highest", .integer(scale.highest)),
                    ("bands", .array(bandNames.map(CalibrationJSON.string))),
                ])
            ),
            ("evaluation", .object(evaluationMembers)),
            ("samples", .integer(sampleCount)),
            ("records", .integer(recordCount)),
            ("overall", .object(Self.figures(overall.metrics, overall.intervals, overall.gates))),
            ("dimensions", .array(dimensions.map(Self.dimensionJSON))),
        ])
        return document.rendered() + "\n"
    }

    private static func figures(
        _ metrics: AgreementMetrics, _ intervals: MetricIntervals, _ gates: DeploymentGates
    ) -> [(key: String, value: CalibrationJSON)] {
        var members: [(key: String, value: CalibrationJSON)] = [("n", .integer(metrics.count))]
        for metric in AgreementMetric.allCases { members.append((metric.rawValue, .optional(metrics.value(of: metric)))) }
        members.append(
            (
                "confusion",
                .object([
                    ("rows", .string("human")), ("columns", .string("machine")),
                    ("labels", .array(metrics.confusion.scale.ratings.map(CalibrationJSON.integer))),
                    ("counts", .array(metrics.confusion.counts.map { .array($0.map(CalibrationJSON.integer)) })),
                ])
            ))
        members.append(
            (
                "intervals",
                .object(
                    AgreementMetric.allCases.map { metric in
                        let interval = intervals[metric]
                        return (metric.rawValue, interval.map { .array([.number($0.lower), .number($0.upper)]) } ?? .null)
                    })
            ))
        members.append(("gates", gatesJSON(gates)))
        return members
    }

    private static func gatesJSON(_ gates: DeploymentGates) -> CalibrationJSON {
        func gate(_ gate: DeploymentGates.Gate) -> [(key: String, value: CalibrationJSON)] {
            [
                ("status", .string(gate.status.rawValue)), ("value", .optional(gate.value)),
                ("limit", .number(gate.limit)), ("note", .optional(gate.note)),
            ]
        }
        return .object([
            ("passed", .bool(gates.passed)),
            ("qwk", .object(gate(gates.qwk))),
            ("smd", .object(gate(gates.smd))),
            (
                "degradation",
                .object(
                    gate(gates.degradation) + [
                        ("humanHumanQwk", .optional(gates.humanHumanQWK)),
                        ("humanMachineQwk", .optional(gates.humanMachineQWKOnDoubleMarked)),
                        ("doubleMarked", .integer(gates.doubleMarkedCount)),
                    ])
            ),
        ])
    }

    private static func dimensionJSON(_ dimension: DimensionCalibration) -> CalibrationJSON {
        var fallbackReason: String?
        if case let .fallback(reason) = dimension.fit.source { fallbackReason = reason.description }
        var members: [(key: String, value: CalibrationJSON)] = [("id", .string(dimension.id))]
        members += figures(dimension.metrics, dimension.intervals, dimension.gates)
        members.append(
            (
                "thresholds",
                .object([
                    ("values", .array(dimension.fit.thresholds.values.map(CalibrationJSON.number))),
                    ("source", .string(dimension.fit.source.label)),
                    ("fallbackReason", .optional(fallbackReason)),
                    ("inSampleQwk", .optional(dimension.fit.inSampleQWK)),
                    ("foldsFallingBack", dimension.crossValidation.map { .integer($0.fallbackFoldCount) } ?? .null),
                ])
            ))
        members.append(("adverseImpact", dimension.adverseImpact.map(adverseImpactJSON) ?? .null))
        return .object(members)
    }

    private static func adverseImpactJSON(_ impact: AdverseImpact) -> CalibrationJSON {
        .object([
            ("minimumGroupSize", .integer(impact.options.minimumGroupSize)),
            ("ratioLimit", .number(impact.options.ratioLimit)),
            ("ungrouped", .integer(impact.ungroupedCount)),
            ("anyFlagged", .bool(impact.anyFlagged)),
            (
                "groups",
                .array(
                    impact.groups.map { group in
                        .object([
                            ("name", .string(group.name)), ("n", .integer(group.count)),
                            ("meanScore", .number(group.meanScore)), ("tooSmallToJudge", .bool(group.tooSmallToJudge)),
                        ])
                    })
            ),
            (
                "bands",
                .array(
                    impact.bands.map { band in
                        .object([
                            ("band", .string(band.name)), ("rating", .integer(band.rating)),
                            ("threshold", .number(band.threshold)), ("highestRate", .optional(band.highestRate)),
                            (
                                "selections",
                                .array(
                                    band.selections.map { selection in
                                        .object([
                                            ("group", .string(selection.group)), ("selected", .integer(selection.selected)),
                                            ("n", .integer(selection.count)), ("rate", .number(selection.rate)),
                                            ("ratio", .optional(selection.ratioToHighest)),
                                            ("flagged", .bool(selection.flagged)),
                                            ("tooSmallToJudge", .bool(selection.tooSmallToJudge)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}
