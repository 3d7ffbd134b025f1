import Testing
@testable import CVFScan

private func responsibility(_ sentence: String) -> Match? {
    TestLexicon.scan(sentence)?.matches.first { $0.behaviourID == "test/ownership/responsibility" }
}

@Suite("Agency")
struct AgencyDetectorTests {
    @Test("who did it", arguments: [
        ("I took responsibility.", Agent.applicant, "I"),
        ("Me and my team? I took responsibility straight away.", .applicant, "I"),
        ("We took responsibility.", .group, "We"),
        ("Our team took responsibility.", .group, "team"),
        ("My colleague and I took responsibility.", .group, "I"),
        ("My manager took responsibility.", .other, "manager"),
        ("She took responsibility.", .other, "She"),
        ("They took responsibility.", .other, "They"),
        ("A colleague took responsibility.", .other, "colleague"),
        ("When I arrived, the sergeant took responsibility.", .other, "sergeant"),
        ("I told my manager and took responsibility.", .applicant, "I"),
        ("It was my colleague who took responsibility.", .other, "colleague"),
        ("I was the one who took responsibility.", .applicant, "I"),
        ("My supervisor asked me to take responsibility.", .applicant, "me"),
        ("He praised us for taking responsibility.", .group, "us"),
        ("The problem was taken responsibility for by my manager.", .other, "manager"),
        ("I arrived, checked the scene and took responsibility.", .applicant, "I"),
        ("He shouted, so I took responsibility.", .applicant, "I"),
        ("I never asked how they were coping and didn't take responsibility.", .applicant, "I"),
        ("I asked her what she needed and took responsibility.", .applicant, "I"),
        ("The customer shouted and took responsibility.", .other, "customer"),
        ("Our manager took responsibility.", .other, "manager"),
        ("Our team took responsibility.", .group, "team"),
        ("I let my supervisor take responsibility.", .other, "supervisor"),
        ("There was nobody taking responsibility.", .other, "There"),
        ("No one took responsibility.", .other, "No"),
        ("The auditor took responsibility.", .other, "auditor"),
        ("The next day I took responsibility.", .applicant, "I"),
        ("I challenged a colleague who was not taking responsibility.", .other, "colleague"),
        ("Me and my colleague took responsibility.", .group, "colleague"),
        ("Myself and the sergeant took responsibility.", .group, "sergeant"),
        ("He and I took responsibility.", .group, "I"),
        ("My colleague rang the council and I took responsibility.", .applicant, "I"),
        ("She called him and I took responsibility.", .applicant, "I"),
        ("I am someone who always takes responsibility.", .applicant, "I"),
        ("I'm the kind of person who takes responsibility.", .applicant, "I'm"),
        ("I helped someone who took responsibility.", .other, "someone"),
        ("He kept shouting but I let him finish and then took responsibility.", .applicant, "I"),
        ("I let him finish and take responsibility.", .other, "him"),
        ("I asked if he was ok, found he was lost and took responsibility.", .applicant, "I"),
        ("Me and my team leader took responsibility.", .group, "leader"),
        ("The supplier made a mistake and took responsibility.", .other, "supplier"),
        ("I realised nobody had taken responsibility.", .other, "nobody"),
        // An -ing phrase after someone seen or found doing it is theirs.
        ("I saw my colleague taking responsibility.", .other, "colleague"),
        ("I watched him taking responsibility.", .other, "him"),
        ("I noticed the bouncer quietly taking responsibility.", .other, "bouncer"),
        ("A colleague taking responsibility was praised.", .other, "colleague"),
        ("I sat with the victim taking responsibility for her safety.", .applicant, "I"),
        ("I spent my shift taking responsibility.", .applicant, "I"),
        // A pattern that names its own subject.
        ("She shouted at me and I took responsibility.", .applicant, "I"),
        // The applicant's team in a result clause shares the result.
        ("As a result, the team took responsibility.", .group, "team"),
        ("This meant the team took responsibility.", .group, "team"),
        ("Because of this, the team took responsibility.", .group, "team"),
        ("When I arrived, the team took responsibility.", .other, "team"),
        ("As a result, the customer took responsibility.", .other, "customer"),
        // A `that` before another determiner opens a reported clause with its own subject.
        ("I told my manager that my colleague took responsibility.", .other, "colleague"),
        ("I told him that colleague took responsibility.", .applicant, "I"),
    ])
    func agents(sentence: String, agent: Agent, cue: String) throws {
        let found = try #require(responsibility(sentence), "\(sentence)")
        #expect(found.agent == agent, "\(sentence)")
        #expect(found.agentCue?.text == cue, "\(sentence)")
    }

    @Test("with no subject (a bullet point) the applicant is implied, at 0.9")
    func implied() throws {
        let found = try #require(responsibility("\u{2022} Took responsibility for the handover."))
        #expect(found.agent == .applicant && found.agentCue == nil)
        #expect(found.weight == 0.9)
    }

    @Test("someone else's deed earns the applicant nothing; a group earns 0.6")
    func credit() throws {
        let manager = try #require(TestLexicon.scan("My manager took responsibility."))
        #expect(manager.dimension("test/ownership")?.score == 0)
        #expect(manager.matches.first?.weight == 0)
        let group = try #require(TestLexicon.scan("We took responsibility."))
        #expect(group.matches.first?.weight == 0.6)
        #expect(group.dimension("test/ownership")?.score == ScoringModel.score(net: 0.6))
    }

    @Test("a generalising you is the applicant's opinion, not an account")
    func genericYou() throws {
        let found = try #require(responsibility("You have to take responsibility."))
        #expect(found.agent == .applicant && found.modality == .opinion)
    }
}

@Suite("Modality")
struct ModalityDetectorTests {
    @Test("whether it happened", arguments: [
        ("I took responsibility.", Modality.actual, nil as String?),
        ("I take responsibility for my work every day.", .opinion, "take"),
        ("We always take responsibility.", .opinion, "always"),
        ("We take responsibility.", .opinion, "take"),
        ("I have taken responsibility many times.", .actual, nil),
        ("I told him I'd taken responsibility.", .actual, nil),
        ("If I made a mistake I would take responsibility.", .hypothetical, "would"),
        ("If I took responsibility I would feel better.", .hypothetical, "If"),
        ("I took pride in taking responsibility.", .actual, nil),
        ("I take pride in taking responsibility.", .opinion, "pride"),
        ("I would take responsibility.", .hypothetical, "would"),
        ("I'd take responsibility.", .hypothetical, "I'd"),
        ("I will take responsibility.", .hypothetical, "will"),
        ("I'll take responsibility.", .hypothetical, "I'll"),
        ("I could take responsibility.", .hypothetical, "could"),
        ("I should have taken responsibility.", .hypothetical, "should"),
        ("I might take responsibility.", .hypothetical, "might"),
        ("I want to take responsibility.", .hypothetical, "want"),
        ("I am going to take responsibility.", .hypothetical, "going"),
        ("If I see a problem, I take responsibility.", .hypothetical, "If"),
        ("If I made a mistake, I took responsibility.", .actual, nil),
        ("I think it is important to take responsibility.", .opinion, "important"),
        ("I believe in taking responsibility.", .opinion, "believe"),
        ("I always take responsibility.", .opinion, "always"),
        ("I always took responsibility.", .actual, nil),
        ("I can take responsibility.", .opinion, "can"),
        ("I am able to take responsibility.", .opinion, "able"),
        ("I was able to take responsibility.", .actual, nil),
        ("I like to take responsibility.", .opinion, "like"),
        ("Taking responsibility is important.", .opinion, "important"),
        ("I would say I took responsibility.", .actual, nil),
        ("I could see he was upset so I took responsibility.", .actual, nil),
        ("I was tempted to take responsibility.", .hypothetical, "tempted"),
        ("I wanted to take responsibility.", .hypothetical, "wanted"),
        ("I was supposed to take responsibility.", .hypothetical, "supposed"),
        ("I need to take responsibility.", .opinion, "need"),
        ("I listened to her needs and took responsibility.", .actual, nil),
        ("I knelt down and took responsibility.", .actual, nil),
        ("I fought back tears and took responsibility.", .actual, nil),
        ("I would be honest if I took responsibility for it.", .hypothetical, "if"),
        ("I would say I quickly took responsibility.", .actual, nil),
        ("I always tried to take responsibility.", .actual, nil),
        ("Not only did I take responsibility, I apologised.", .actual, nil),
        ("At no point did I take responsibility.", .actual, nil),
    ])
    func modality(sentence: String, modality: Modality, cue: String?) throws {
        let found = try #require(responsibility(sentence), "\(sentence)")
        #expect(found.modality == modality, "\(sentence)")
        #expect(found.modalityCue?.text == cue, "\(sentence)")
    }

    @Test("a pattern that starts with a modal is a phrase of its own, not a present-tense claim", arguments: [
        ("I could see she was upset.", "could see she was upset"),
        ("I would not let them in without ID.", "would not let them in"),
    ])
    func modalAtStart(sentence: String, text: String) throws {
        let scanner = try EvidenceScanner.builtIn(frameworks: ["cvf"])
        let found = try #require(scanner.scan(sentence).matches.first { $0.text == text }, "\(sentence)")
        #expect(found.modality == .actual, "\(sentence)")
    }

    @Test("\"I challenged it\" scores above \"I would challenge it\"")
    func actualBeatsHypothetical() throws {
        let actual = try #require(TestLexicon.scan("I challenged his behaviour."))
        let hypothetical = try #require(TestLexicon.scan("I would challenge his behaviour."))
        let actualScore = try #require(actual.dimension("test/ownership")?.score)
        let hypotheticalScore = try #require(hypothetical.dimension("test/ownership")?.score)
        #expect(actualScore == 39 && hypotheticalScore == 16)
    }
}
