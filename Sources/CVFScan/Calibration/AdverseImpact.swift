/// Four-fifths-rule check of one dimension's bands across groups (e.g. a protected characteristic).
///
/// For each band above the lowest, a group's selection rate is the share of its samples banded at or above
/// that band. Each rate is divided by the highest rate among groups large enough to judge; a ratio below the
/// four-fifths limit is flagged. Groups smaller than the minimum are listed with their figures but marked too
/// small to judge: neither flagged nor used as the reference. Samples without a group are counted, not judged.
public struct AdverseImpact: Sendable, Hashable {
    /// How the check runs.
    public struct Options: Sendable, Hashable {
        /// Groups with fewer samples are too small to judge; default 5.
        public var minimumGroupSize: Int
        /// Ratios below this are flagged; default 0.8 (four-fifths).
        public var ratioLimit: Double

        /// The defaults: minimum group size 5, ratio limit 0.8.
        public init(minimumGroupSize: Int = 5, ratioLimit: Double = 0.8) {
            self.minimumGroupSize = minimumGroupSize
            self.ratioLimit = ratioLimit
        }
    }

    /// One group's size and mean score.
    public struct Group: Sendable, Hashable {
        /// The group label.
        public var name: String
        /// Samples in the group.
        public var count: Int
        /// Mean machine score (0-100) of the group.
        public var meanScore: Double
        /// Whether the group is below the minimum size.
        public var tooSmallToJudge: Bool
    }

    /// One group's selection at one band.
    public struct Selection: Sendable, Hashable {
        /// The group label.
        public var group: String
        /// Samples at or above the band.
        public var selected: Int
        /// Samples in the group.
        public var count: Int
        /// selected / count.
        public var rate: Double
        /// rate / highest judged rate; nil when no judged group was selected at all or none is large enough.
        public var ratioToHighest: Double?
        /// True when the group is large enough and its ratio is below the limit.
        public var flagged: Bool
        /// Whether the group is below the minimum size.
        public var tooSmallToJudge: Bool
    }

    /// Selection at one band threshold.
    public struct Band: Sendable, Hashable {
        /// The band as a rating on the scale.
        public var rating: Int
        /// The band's name, e.g. "moderate".
        public var name: String
        /// The score threshold at which the band starts.
        public var threshold: Double
        /// The highest selection rate among judged groups; nil when no group is large enough.
        public var highestRate: Double?
        /// Every group's selection, in group order.
        public var selections: [Selection]
    }

    /// Groups in ascending order of their UTF-8 bytes.
    public var groups: [Group]
    /// Bands above the lowest, ascending.
    public var bands: [Band]
    /// Samples that carried no group.
    public var ungroupedCount: Int
    /// The options used.
    public var options: Options

    /// Whether any judged group is flagged at any band.
    public var anyFlagged: Bool {
        bands.contains { $0.selections.contains(where: \.flagged) }
    }

    /// Runs the check; nil when no sample carries a group. `scores`, `groups` are parallel arrays; extra
    /// elements of the longer one are ignored.
    public static func analyse(
        scores: [Double], groups: [String?], thresholds: ScaleThresholds, scale: RatingScale, bandNames: [String],
        options: Options = Options()
    ) -> AdverseImpact? {
        let count = min(scores.count, groups.count)
        var membersByGroup: [String: [Int]] = [:]
        var ungrouped = 0
        for index in 0..<count {
            if let group = groups[index] {
                membersByGroup[group, default: []].append(index)
            } else {
                ungrouped += 1
            }
        }
        guard !membersByGroup.isEmpty else { return nil }
        let names = membersByGroup.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var summaries: [Group] = []
        for name in names {
            let members = membersByGroup[name] ?? []
            let mean = members.reduce(0.0) { $0 + scores[$1] } / Double(members.count)
            summaries.append(
                Group(name: name, count: members.count, meanScore: mean, tooSmallToJudge: members.count < options.minimumGroupSize))
        }
        var bands: [Band] = []
        for (position, threshold) in thresholds.values.enumerated() {
            let bandIndex = position + 1
            var selections: [Selection] = []
            for summary in summaries {
                let members = membersByGroup[summary.name] ?? []
                let selected = members.filter { thresholds.bandIndex(for: scores[$0]) >= bandIndex }.count
                selections.append(
                    Selection(
                        group: summary.name, selected: selected, count: members.count,
                        rate: Double(selected) / Double(members.count), ratioToHighest: nil, flagged: false,
                        tooSmallToJudge: summary.tooSmallToJudge))
            }
            let highest = selections.filter { !$0.tooSmallToJudge }.map(\.rate).max()
            if let highest, highest > 0 {
                for index in selections.indices {
                    let ratio = selections[index].rate / highest
                    selections[index].ratioToHighest = ratio
                    selections[index].flagged = !selections[index].tooSmallToJudge && ratio < options.ratioLimit
                }
            }
            let name = bandIndex < bandNames.count ? bandNames[bandIndex] : "band-\(scale.lowest + bandIndex)"
            bands.append(
                Band(rating: scale.lowest + bandIndex, name: name, threshold: threshold, highestRate: highest, selections: selections))
        }
        return AdverseImpact(groups: summaries, bands: bands, ungroupedCount: ungrouped, options: options)
    }
}
