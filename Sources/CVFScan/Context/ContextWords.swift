/// The words the context stage listens for, by folded form (lower case, no accents, contractions already split:
/// `didn't` arrives as `did` and `not`). Inflections are listed where they matter, because stems would conflate
/// words that mean different things here (`hardly` / `hard`).
enum ContextWords {
    static let table: [[UInt8]: ContextFlags] = {
        var table: [[UInt8]: ContextFlags] = [:]
        // Sized once for the ~600 words below: growing it step by step rehashed every key several times at every
        // start-up.
        table.reserveCapacity(1024)
        func add(_ words: [String], _ flags: ContextFlags) {
            for word in words { table[Array(word.utf8), default: []].formUnion(flags) }
        }
        add(["not", "never", "nobody", "nothing", "none", "neither", "nor", "nowhere", "hardly", "rarely",
             "seldom", "barely", "scarcely", "noone"], .negation)
        add(["little"], .little)
        add(["no"], [.negation, .no])
        add(["without"], [.negation, .without])
        add(["fail", "fails", "failed", "failing", "refuse", "refuses", "refused", "refusing", "neglect",
             "neglected", "neglecting", "forgot", "forget", "forgetting", "unable", "unwilling", "reluctant",
             "lack", "lacked", "lacking", "avoid", "avoided", "avoiding", "instead", "rather", "absence", "absent",
            ], .negatingVerb)
        add(["stop", "stops", "stopped", "stopping", "quit", "quitting", "ceased", "cease"], .ceasingVerb)
        add(["only", "just", "merely", "simply", "least", "hesitate", "hesitated", "hesitating", "afraid",
             "scared", "frightened", "shy", "wait", "twice", "mention", "stop", "stopped", "bad", "wrong", "worst",
             "mind", "stand", "matter", "doubt", "question", "problem", "problems", "issue", "issues", "difficulty",
             "alone", "exception", "sooner", "longer", "fear", "fearful", "deterred", "put", "nervous", "worried",
             "bothered", "phased", "fazed"], .pseudoNegationFollower)
        add(["hesitation", "hesitating", "delay", "fail", "question", "doubt", "exception", "hesitate",
             "complaint", "complaining", "fuss", "being", "asked", "prompting", "needing"], .pseudoAfterWithout)
        add(["doubt", "matter", "problem", "problems", "issue", "issues", "hesitation", "exception", "sooner",
             "fear"], .pseudoAfterNo)

        add(["but", "however", "although", "though", "whereas", "yet", "except", "because", "which", "while",
             "whilst", "unless", "despite", "otherwise", "since", "until", "til", "till", "cos", "cause",
             "after", "before", "when", "whenever", "where"], .clauseBoundaryWord)
        add(["so"], .so)
        add(["and", "or", "then", "&", "plus"], .coordinator)
        add(["there"], .there)
        add(["let", "lets", "letting", "allowed", "allow", "allowing"], .permissive)
        add(["always", "also", "then", "just", "really", "often", "usually", "normally", "generally", "quickly",
             "immediately", "straight", "calmly", "politely", "carefully", "personally", "actually", "even",
             "still", "sometimes", "later", "eventually", "finally", "first", "soon", "again", "both", "all"], .adverb)
        add(["pride", "skills", "skill", "strength", "strengths", "ability", "abilities", "value", "values",
             "type", "kind", "person", "someone", "somebody", "believer", "passionate", "proud"], .opinionNoun)
        add(["team", "teams", "shift", "department", "unit", "group", "crew", "squad", "section", "class",
             "company", "organisation", "organization", "store", "branch", "office", "ward", "platoon", "troop",
             "household", "family", "side", "staff", "force"], .collectiveNoun)
        add(["to"], .to)
        add(["by"], .by)
        add(["be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do", "does",
             "did", "done", "doing"], .auxiliary)

        add(["i"], .subjectSelf)
        add(["we"], .subjectGroup)
        add(["he", "she", "they"], .subjectOther)
        add(["you", "one", "anyone", "anybody", "everyone"], .subjectGeneric)
        add(["me", "myself"], .objectSelf)
        add(["us", "ourselves"], .objectGroup)
        add(["him", "her", "them", "himself", "herself", "themselves"], .objectOther)
        add(["my", "our", "his", "her", "their", "the", "a", "an", "this", "that", "another", "one", "other",
             "some", "both", "these", "those", "its", "your"], .determiner)
        add(["who", "which", "that", "whom"], .relativePronoun)
        add(["together", "jointly", "collectively"], .together)
        add(agentNouns, .agentNoun)

        add(["would", "will", "could", "might", "may", "shall", "should", "wil", "wud", "shud"], .modalHypothetical)
        add(["if", "unless", "whenever", "hypothetically", "ideally", "suppose", "supposing", "imagine",
             "assuming"], .conditional)
        add(["plan", "plans", "planning", "intend", "intends", "intending", "hope", "hopes", "hoping", "aim",
             "aims", "aiming", "want", "wants", "wish", "wishes", "going", "gonna", "aspire", "aspires",
             "looking", "wanted", "tempted", "temptation", "inclined", "urge", "meant", "supposed"], .intention)
        add(["think", "thinks", "believe", "believes", "feel", "feels", "consider", "considers", "important",
             "vital", "essential", "crucial", "key", "paramount", "necessary", "must", "always", "can", "able",
             "capable", "ability", "skills", "skill", "strength", "strengths", "passionate", "pride", "proud",
             "enjoy", "enjoys", "love", "loves", "like", "likes", "know", "knows", "understand", "understands", "ought", "need", "needs", "tend", "tends",
             "usually", "normally", "generally", "often", "someone", "somebody", "person", "type", "kind",
             "value", "values", "should", "naturally", "believer", "try", "tries", "strive", "strives"], .opinion)
        add(["see", "hear", "tell", "sense", "notice", "feel", "smell", "understand", "remember"], .perceptionVerb)
        add(["have", "'ve"], .have)
        add(["think", "thought", "believe", "believed", "feel", "felt", "say", "said", "know", "knew", "realise",
             "realised", "realize", "realized", "suppose", "guess", "reckon"], .cognitionVerb)

        for word in irregularPastForms { table[Array(word.utf8), default: []].insert(.pastForm) }
        return table
    }()

    /// People and organisations that can be the one who acted.
    static let agentNouns = [
        "manager", "managers", "colleague", "colleagues", "supervisor", "supervisors", "sergeant", "sgt",
        "inspector", "boss", "officer", "officers", "partner", "friend", "friends", "teammate", "teammates",
        "coworker", "coworkers", "co-worker", "mentor", "leader", "leaders", "lead", "staff", "nurse", "nurses",
        "doctor", "doctors", "teacher", "teachers", "somebody", "someone", "everybody", "everyone", "others",
        "police", "paramedic", "paramedics", "security", "guard", "guards", "customer", "customers", "client",
        "clients", "patient", "patients", "victim", "member", "members", "man", "woman", "men", "women", "lady",
        "guy", "person", "people", "mother", "father", "mum", "mom", "dad", "parent", "parents", "sister",
        "brother", "son", "daughter", "wife", "husband", "student", "students", "pupil", "pupils", "resident",
        "residents", "neighbour", "neighbours", "neighbor", "driver", "passenger", "constable", "pc", "pcso",
        "detective", "chief", "director", "owner", "council", "agency", "agencies", "school", "company",
        "organisation", "organization", "management", "team", "department", "hr", "employer", "trainee",
        "apprentice", "volunteer", "volunteers", "carer", "carers", "worker", "workers", "assistant", "shift",
        "coordinator", "head", "principal", "headteacher", "matron", "ward", "sister", "commander", "corporal",
        "captain", "lieutenant", "commanding", "superior", "superiors", "senior", "seniors", "line", "duty",
        "stranger", "bystander", "witness", "suspect", "offender", "youth", "kids", "child",
        "children", "boy", "girl", "gentleman", "store", "shop", "landlord", "tenant", "social", "services",
        "service", "lad", "lads", "bloke", "blokes", "receptionist", "tutor", "coach", "trainer", "instructor",
        "lecturer", "auditor", "pharmacist", "cashier", "chef", "waiter", "waitress", "porter", "cleaner",
        "advisor", "adviser", "caseworker", "counsellor", "therapist", "dispatcher", "handler", "controller",
        "operator", "technician", "engineer", "warden", "steward", "marshal", "firefighter", "firefighters",
        "medic", "medics", "soldier", "soldiers", "professor", "deputy", "peer", "peers", "shopper",
        "shoppers", "occupant", "caller", "complainant", "youths", "teenager", "teenagers", "kid", "boyfriend",
        "girlfriend", "mate", "mates", "relative", "relatives", "gp", "hospital", "charity", "authority",
        "authorities", "government", "housing", "ambulance", "crew", "helpdesk", "headmaster", "headmistress",
        "detectives", "investigator", "constables", "inspectors", "sergeants", "managers", "bosses", "nurses",
        "employee", "employees", "member", "public", "passer", "passerby", "neighbourhood", "mentee",
        "apprentices", "trainees", "recruit", "recruits", "graduate", "cadet", "cadets", "volunteer",
        "leadership", "senior", "director", "directors", "everybody", "anyone", "nobody", "noone", "none",
    ]

    /// Irregular past forms, for deciding where a negation's reach ends ("I didn't panic and kept calm").
    static let irregularPastForms = [
        "was", "were", "had", "did", "took", "made", "kept", "went", "saw", "said", "told", "got", "gave", "came",
        "found", "felt", "left", "led", "held", "spoke", "thought", "brought", "bought", "caught", "taught",
        "sought", "stood", "understood", "dealt", "met", "sat", "ran", "knew", "grew", "drew", "threw", "wrote",
        "rode", "rose", "drove", "chose", "broke", "woke", "froze", "stole", "began", "sang", "rang", "swam",
        "drank", "sank", "shrank", "became", "overcame", "fell", "forgot", "forgave", "gave", "hid", "bit",
        "lit", "fed", "fled", "bled", "sped", "shot", "lost", "sent", "spent", "lent", "bent", "built", "meant",
        "heard", "paid", "laid", "sold", "won", "wore", "tore", "swore", "bore", "slept", "swept", "wept",
        "crept", "leapt", "dreamt", "learnt", "burnt", "spelt", "spilt", "stuck", "struck", "strung", "swung",
        "hung", "dug", "shook", "undertook", "overtook", "mistook", "withdrew", "upheld", "withheld", "oversaw",
        "foresaw", "stepped", "put", "set", "let", "cut", "hit", "hurt", "shut", "spread", "quit", "read",
        // Past participles, so "I'd done" reads as "I had done" and negation stops before "and been told".
        "been", "gone", "done", "seen", "taken", "given", "spoken", "written", "known", "shown", "grown",
        "thrown", "drawn", "driven", "ridden", "risen", "chosen", "broken", "frozen", "stolen", "forgotten",
        "forgiven", "hidden", "eaten", "fallen", "beaten", "bitten", "woken", "worn", "sworn", "begun", "sung",
        "rung", "swum", "become", "overcome", "come", "run", "undertaken", "overtaken", "mistaken", "withdrawn",
        "gotten", "proven", "shaken", "awoken",
        // Less common pasts applicants use ("I knelt beside her", "I redid the count").
        // Not "beat", "wound", "ground", "bound" or "dove": police answers use them as nouns ("on the beat").
        "knelt", "redid", "undid", "fought", "blew", "flew", "spun", "slid", "shone", "stung", "clung", "flung", "wrung", "sprang", "arose", "awoke", "underwent", "withstood", "misled",
        "mislaid", "overheard", "rebuilt", "retook", "rewrote", "reran", "rethought", "resold", "retold", "outdid",
        "overdid", "forbade", "strove", "wove", "trod", "spat", "bred", "bade",
    ]
}
