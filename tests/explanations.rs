//! The sentences a person reads, exactly, in Dutch and English.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

use bevoegd::*;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn competent(p: Procedure) -> Competence {
    Competence { procedure: p, subdomain: None, valid: Period::starting(d("2010-01-01")) }
}

#[track_caller]
fn assert_explains(who: &Professional, p: Procedure, ctx: &Context, nl: &[&str], en: &[&str]) {
    let decision = decide(who, p, ctx);
    assert_eq!(decision.explanation(Lang::Nl), nl);
    assert_eq!(decision.explanation(Lang::En), en);
}

#[test]
fn a_physician_assistant_outside_the_subdomain_trained_in() {
    // Besluit opleidingseisen en deskundigheidsgebied physician assistant: the sub-area trained in.
    let pa = Professional::builder("pa")
        .registration(Registration::active_from(Profession::PhysicianAssistant, d("2019-01-01")))
        .trained_in("cardiology".parse().unwrap())
        .competence(competent(Procedure::Puncture))
        .build()
        .unwrap();
    let ctx = Context::builder(d("2024-01-10"), FieldOfCare::Medicine)
        .subdomain("urology".parse().unwrap())
        .facts(CaseFacts::ALL)
        .build()
        .unwrap();
    assert_explains(
        &pa,
        Procedure::Puncture,
        &ctx,
        &[
            "niet zelfstandig bevoegd: buiten het deelgebied waarin opgeleid: cardiology (de handeling valt in urology) (Besluit opleidingseisen en deskundigheidsgebied physician assistant, met Wet BIG art. 36 lid 6 onder c)",
            "niet zelfstandig bevoegd: geen protocol voor puncties in urology (Besluit opleidingseisen en deskundigheidsgebied physician assistant)",
            "niet in opdracht: er is geen opdracht gegeven (Wet BIG art. 35 lid 1 onder a)",
        ],
        &[
            "not independently authorised: outside the subdomain trained in: cardiology (the act falls in urology) (Besluit opleidingseisen en deskundigheidsgebied physician assistant, with Wet BIG art. 36 lid 6 onder c)",
            "not independently authorised: no protocol for punctures in urology (Besluit opleidingseisen en deskundigheidsgebied physician assistant)",
            "not on instruction: no instruction was given (Wet BIG art. 35 lid 1 onder a)",
        ],
    );
}

#[test]
fn a_procedure_the_profession_never_holds_and_one_nobody_on_record_holds() {
    // Wet BIG art. 36 lid 11: electroconvulsive therapy is reserved to physicians.
    let nurse = Professional::builder("nurse")
        .registration(Registration::active_from(Profession::Nurse, d("2010-01-01")))
        .competence(competent(Procedure::ElectroconvulsiveTherapy))
        .build()
        .unwrap();
    let ctx = Context::builder(d("2024-01-10"), FieldOfCare::Medicine).build().unwrap();
    assert_explains(
        &nurse,
        Procedure::ElectroconvulsiveTherapy,
        &ctx,
        &[
            "niet zelfstandig bevoegd: een verpleegkundige is op 2024-01-10 niet bevoegd tot electroconvulsieve therapie (Wet BIG art. 36 lid 11)",
            "niet in opdracht: er is geen opdracht gegeven (Wet BIG art. 35 lid 1 onder a)",
        ],
        &[
            "not independently authorised: a nurse is not authorised for electroconvulsive therapy on 2024-01-10 (Wet BIG art. 36 lid 11)",
            "not on instruction: no instruction was given (Wet BIG art. 35 lid 1 onder a)",
        ],
    );
    let nobody = Professional::builder("graduate").competence(competent(Procedure::Injection)).build().unwrap();
    let d = decide(&nobody, Procedure::Injection, &ctx);
    assert_eq!(
        d.explanation(Lang::En)[0],
        "not independently authorised: no profession on record is authorised for injections on 2024-01-10 (Wet BIG art. 36 lid 5)"
    );
    assert_eq!(d.missing()[0], Remedy::NotOpen { route: Route::Independent });
}

#[test]
fn struck_off_withdrawn_and_expired() {
    let history = [
        StatusPeriod {
            period: Period::new(d("2012-01-01"), Some(d("2020-12-31"))).unwrap(),
            status: RegistrationStatus::PartiallyWithdrawn { procedures: ProcedureSet::only(Procedure::Anaesthesia) },
        },
        StatusPeriod {
            period: Period::starting(d("2021-01-01")),
            status: RegistrationStatus::StruckOff { ground: StrikeOffGround::MissedReregistration },
        },
    ];
    let dentist = Professional::builder("dentist")
        .registration(Registration::new(Profession::Dentist, None, history).unwrap())
        .competence(Competence {
            procedure: Procedure::Anaesthesia,
            subdomain: None,
            valid: Period::new(d("2012-01-01"), Some(d("2019-06-30"))).unwrap(),
        })
        .build()
        .unwrap();
    let in_2020 = Context::builder(d("2020-03-03"), FieldOfCare::Dentistry).build().unwrap();
    assert_explains(
        &dentist,
        Procedure::Anaesthesia,
        &in_2020,
        &[
            "niet zelfstandig bevoegd: bevoegdheid als tandarts voor brengen onder narcose gedeeltelijk ontzegd (Wet BIG art. 48 lid 1 onder e)",
            "niet zelfstandig bevoegd: bekwaamheid voor brengen onder narcose verlopen op 2019-06-30 (Wet BIG art. 36 lid 15)",
            "niet in opdracht: er is geen opdracht gegeven (Wet BIG art. 35 lid 1 onder a)",
            "niet in opdracht: bekwaamheid voor brengen onder narcose verlopen op 2019-06-30 (Wet BIG art. 35 lid 1 onder b)",
        ],
        &[
            "not independently authorised: authority as dentist for general anaesthesia partially withdrawn (Wet BIG art. 48 lid 1 onder e)",
            "not independently authorised: competence for general anaesthesia expired on 2019-06-30 (Wet BIG art. 36 lid 15)",
            "not on instruction: no instruction was given (Wet BIG art. 35 lid 1 onder a)",
            "not on instruction: competence for general anaesthesia expired on 2019-06-30 (Wet BIG art. 35 lid 1 onder b)",
        ],
    );
    let in_2022 = in_2020.to_builder().date(d("2022-03-03")).build().unwrap();
    let decision = decide(&dentist, Procedure::Anaesthesia, &in_2022);
    assert_eq!(
        decision.explanation(Lang::Nl)[0],
        "niet zelfstandig bevoegd: registratie als tandarts doorgehaald op 2021-01-01 wegens het uitblijven van herregistratie (Wet BIG art. 8 lid 1)"
    );
    assert_eq!(decision.missing()[0], Remedy::Registration { profession: Profession::Dentist });
}

#[test]
fn permitted_on_another_route_says_why_not_independently() {
    let (nurse, ctx) = law::NURSE_PUNCTURE.example_case().unwrap();
    assert_explains(
        &nurse,
        Procedure::Puncture,
        &ctx,
        &[
            "bevoegd: functioneel zelfstandig, in opdracht (Besluit functionele zelfstandigheid art. 2 onder c)",
            "niet zelfstandig bevoegd: een verpleegkundige is op 2010-11-01 niet bevoegd tot puncties (Wet BIG art. 36 lid 6)",
        ],
        &[
            "authorised: functionally independent, on instruction (Besluit functionele zelfstandigheid art. 2 onder c)",
            "not independently authorised: a nurse is not authorised for punctures on 2010-11-01 (Wet BIG art. 36 lid 6)",
        ],
    );
}
