//! Arbitrary structured inputs built through the public builders: building either fails with a
//! typed error or succeeds, and deciding any procedure on what was built never panics; every
//! answer's reasons, remedies, explanation and report are produced, and a denial has reasons;
//! the batch answers of a prepared context equal `decide`.
#![no_main]

use bevoegd::{
    CaseFact, CaseFacts, Competence, Context, Date, DrugClass, FactValue, FieldOfCare, Instruction, Lang, Period,
    PreparedContext, Procedure, ProcedureSet, Profession, Professional, Protocol, Qualification, Registration,
    RegistrationStatus, RestrictionGround, StatusPeriod, StrikeOffGround, Subdomain, SuspensionGround, Technique,
    decide,
};
use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Day(u16, u8, u8);

impl Day {
    /// A day in or near the years the law table covers (and sometimes far outside them).
    fn date(&self) -> Option<Date> {
        let year = if self.0 % 16 == 0 { self.0 % 10_000 } else { 2005 + self.0 % 25 };
        Date::new(year, 1 + self.1 % 12, 1 + self.2 % 31).ok()
    }
}

#[derive(Arbitrary, Debug)]
struct Status {
    from: Day,
    until: Option<Day>,
    kind: u8,
    procedures: u16,
}

#[derive(Arbitrary, Debug)]
struct Input {
    registrations: Vec<(u8, Vec<Status>)>,
    qualifications: Vec<(u8, Day, Option<Day>)>,
    trained: Vec<u8>,
    competences: Vec<(u8, Option<u8>, Day, Option<Day>)>,
    date: Day,
    field: u8,
    subdomain: Option<u8>,
    specialism: Option<u8>,
    protocols: Vec<(u8, u16)>,
    facts: [u8; 7],
    drug: Option<u8>,
    technique: Option<u8>,
    emergency: bool,
    professional: bool,
    instruction: Option<(u8, bool, bool)>,
}

fn pick<T: Copy>(all: &[T], i: u8) -> T {
    all[usize::from(i) % all.len()]
}

fn procedures(bits: u16) -> ProcedureSet {
    Procedure::ALL.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, p)| *p).collect()
}

const SUBDOMAINS: [&str; 3] = ["cardiology", "urology", "ward"];

fn subdomain(i: u8) -> Subdomain {
    pick(&SUBDOMAINS, i).parse().expect("a valid code")
}

fn period(from: &Day, until: &Option<Day>) -> Option<Period> {
    Period::new(from.date()?, until.as_ref().and_then(Day::date)).ok()
}

fn professional(input: &Input) -> Option<Professional> {
    use strum::IntoEnumIterator;
    let professions: Vec<Profession> = Profession::iter().collect();
    let qualifications: Vec<Qualification> = Qualification::iter().collect();
    let mut b = Professional::builder("fuzzed");
    for (p, history) in &input.registrations {
        let statuses = history.iter().filter_map(|s| {
            let status = match s.kind % 8 {
                0 | 1 => RegistrationStatus::Active,
                2 => RegistrationStatus::Suspended { ground: SuspensionGround::Disciplinary },
                3 => RegistrationStatus::StruckOff { ground: StrikeOffGround::MissedReregistration },
                4 => RegistrationStatus::PartiallyWithdrawn { procedures: procedures(s.procedures) },
                5 => RegistrationStatus::Restricted {
                    procedures: procedures(s.procedures),
                    ground: RestrictionGround::Order,
                },
                6 => RegistrationStatus::ConditionsImposed,
                _ => RegistrationStatus::ConditionalSuspension,
            };
            Some(StatusPeriod { period: period(&s.from, &s.until)?, status })
        });
        b = b.registration(Registration::new(pick(&professions, *p), None, statuses.collect::<Vec<_>>()).ok()?);
    }
    for (q, from, until) in &input.qualifications {
        b = b.qualification(pick(&qualifications, *q), period(from, until)?);
    }
    for s in &input.trained {
        b = b.trained_in(subdomain(*s));
    }
    for (p, s, from, until) in &input.competences {
        let valid = period(from, until)?;
        b = b.competence(Competence { procedure: pick(&Procedure::ALL, *p), subdomain: s.map(subdomain), valid });
    }
    b.build().ok()
}

fn context(input: &Input, instructor: Option<Professional>) -> Option<Context> {
    use strum::IntoEnumIterator;
    let fields = [FieldOfCare::Medicine, FieldOfCare::Dentistry, FieldOfCare::Obstetrics];
    let qualifications: Vec<Qualification> = Qualification::iter().collect();
    let drugs: Vec<DrugClass> = DrugClass::iter().collect();
    let techniques: Vec<Technique> = Technique::iter().collect();
    let facts = CaseFact::iter().zip(input.facts).fold(CaseFacts::NONE, |f, (fact, v)| {
        f.set(fact, [FactValue::Established, FactValue::NotEstablished, FactValue::Unknown][usize::from(v % 3)])
    });
    let mut b = Context::builder(input.date.date()?, pick(&fields, input.field))
        .facts(facts)
        .emergency(input.emergency)
        .professional(input.professional);
    if let Some(s) = input.subdomain {
        b = b.subdomain(subdomain(s));
    }
    if let Some(q) = input.specialism {
        b = b.specialism(pick(&qualifications, q));
    }
    for (s, p) in &input.protocols {
        b = b.protocol(Protocol { subdomain: subdomain(*s), procedures: procedures(*p) });
    }
    if let Some(d) = input.drug {
        b = b.drug(pick(&drugs, d));
    }
    if let Some(t) = input.technique {
        b = b.technique(pick(&techniques, t));
    }
    if let (Some(instructor), Some((_, directions_followed, supervision_ensured))) = (instructor, input.instruction) {
        b = b.instruction(Instruction { instructor, directions_followed, supervision_ensured });
    }
    b.build().ok()
}

fuzz_target!(|input: Input| {
    let Some(who) = professional(&input) else { return };
    let Some(ctx) = context(&input, Some(who.clone())) else { return };
    let prepared = PreparedContext::new(&ctx);
    for p in Procedure::ALL {
        let d = decide(&who, p, &ctx);
        assert_eq!(prepared.decide(&who, p), d);
        assert_eq!(prepared.answer(&who, p), d.answer());
        assert_eq!(prepared.who_may(std::slice::from_ref(&who), p), [d.answer()]);
        assert_eq!(d.is_permitted(), d.route().is_some());
        assert_eq!(d.is_permitted() || d.is_conditional(), d.basis().is_some());
        let reasons = d.reasons();
        assert_eq!(reasons.is_empty(), d.is_permitted() || d.is_conditional());
        assert_eq!(d.missing().is_empty(), d.is_permitted());
        assert_eq!(d.requires().is_empty(), !d.is_conditional());
        let _ = d.explain(Lang::Nl);
        let report = d.report(Lang::En);
        let json = serde_json::to_string(&report).expect("a report serialises");
        assert_eq!(serde_json::from_str::<bevoegd::DecisionReport>(&json).expect("and parses"), report);
    }
});
