//! Properties over generated inputs: no panics, determinism and order independence, the shape of
//! every decision, monotonicity, dates, and round trips.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail loudly")]

mod common;

use bevoegd::*;
use common::*;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    ProptestConfig { cases: cases(1_000), failure_persistence: None, ..ProptestConfig::default() }
}

/// Any JSON value, small and nested, with keys the wire format uses now and then.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        "[a-z_0-9-]{0,12}".prop_map(serde_json::Value::from),
        proptest::sample::select(vec!["2020-01-01", "physician", "surgery", "active", "medicine", "2019-02-29"])
            .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::vec(
                (
                    proptest::sample::select(vec![
                        "professional",
                        "procedure",
                        "context",
                        "name",
                        "registrations",
                        "history",
                        "period",
                        "status",
                        "from",
                        "until",
                        "date",
                        "field",
                        "profession",
                        "competences",
                        "instruction",
                    ]),
                    inner
                ),
                0..6
            )
            .prop_map(|kv| serde_json::Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

fn report_json(d: &Decision) -> String {
    serde_json::to_string(&d.report(Lang::Nl)).unwrap() + &d.explain(Lang::En)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn parsers_never_panic_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = serde_json::from_slice::<Request>(&bytes);
        let _ = serde_json::from_slice::<Professional>(&bytes);
        let _ = serde_json::from_slice::<Context>(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = text.parse::<Date>();
            let _ = text.parse::<Subdomain>();
            let _ = text.parse::<BigNumber>();
            let _ = text.parse::<Procedure>();
        }
    }

    #[test]
    fn parsers_never_panic_on_json_values(value in json_value()) {
        let _ = serde_json::from_value::<Request>(value.clone());
        let _ = serde_json::from_value::<Professional>(value.clone());
        let _ = serde_json::from_value::<Context>(value.clone());
        let _ = serde_json::from_value::<Registration>(value.clone());
        let _ = serde_json::from_value::<AuditRecord>(value);
    }

    #[test]
    fn decisions_have_the_promised_shape((who, p, ctx) in any_request()) {
        let d = decide(&who, p, &ctx);
        let independence = d.independence_reasons();
        match d.route() {
            Some(route) => {
                // Exactly one route and one basis; no denial reasons.
                prop_assert!(d.is_permitted());
                prop_assert!(d.basis().is_some());
                prop_assert!(d.reasons().is_empty() && d.missing().is_empty());
                prop_assert_eq!(route == Route::Independent, independence.is_empty());
                if matches!(route, Route::Independent | Route::FunctionalIndependence) {
                    let rule = d.basis_rule().unwrap();
                    // A row never grants outside its period, nor for another procedure or route.
                    prop_assert!(rule.valid.contains(ctx.date()) && rule.procedure == p && rule.route == route);
                    prop_assert_eq!(Some(rule.citation), d.basis());
                }
                if p == Procedure::Prescribing {
                    prop_assert_eq!(route, Route::Independent);
                }
            }
            None if d.is_conditional() => {
                // Conditional: a route and basis it would hold on, the facts it needs, and no reason.
                prop_assert!(d.conditional_route().is_some() && d.basis().is_some());
                prop_assert!(!d.requires().is_empty() && d.reasons().is_empty());
                prop_assert_eq!(d.outcome(), Outcome::Conditional);
            }
            None => {
                prop_assert!(d.basis().is_none());
                prop_assert!(!independence.is_empty());
                prop_assert!(!d.reasons().is_empty() && !d.missing().is_empty());
                prop_assert_eq!(d.outcome(), Outcome::Denied);
            }
        }
        for r in d.reasons().iter().chain(&independence) {
            prop_assert!(!r.citation.to_string().is_empty());
            prop_assert!(!r.sentence(Lang::Nl).is_empty() && !r.sentence(Lang::En).is_empty());
        }
        prop_assert_eq!(d.explanation(Lang::Nl).len(), d.explanation(Lang::En).len());
    }

    /// The route-only path of `who_may` and `Eligibility` names exactly the route `decide` does.
    #[test]
    #[allow(deprecated)]
    fn the_route_only_path_names_the_route_decide_names((who, p, ctx) in any_request()) {
        let staff = [who];
        prop_assert_eq!(who_may(&staff, p, &ctx), vec![decide(&staff[0], p, &ctx).route()]);
        let m = Eligibility::compute(&staff, &[p], std::slice::from_ref(&ctx)).unwrap();
        prop_assert_eq!(m.get(0, 0, p), Some(decide(&staff[0], p, &ctx).route()));
        // The roster's path evaluates all fourteen at once.
        let all = Eligibility::compute(&staff, &Procedure::ALL, std::slice::from_ref(&ctx)).unwrap();
        for q in Procedure::ALL {
            prop_assert_eq!(all.get(0, 0, q), Some(decide(&staff[0], q, &ctx).route()), "{:?}", q);
        }
    }

    #[test]
    fn deciding_is_deterministic_and_ignores_record_order((parts, p, ctx) in (parts(), procedure(), any_request().prop_map(|r| r.2)), seed in any::<u64>()) {
        let who = parts.build();
        let first = report_json(&decide(&who, p, &ctx));
        prop_assert_eq!(&first, &report_json(&decide(&who, p, &ctx)));
        // The same records in another order: byte-identical answer.
        let mut shuffled = parts.clone();
        let n = seed as usize;
        shuffled.registrations.reverse();
        let len = shuffled.competences.len().max(1);
        shuffled.competences.rotate_left(n % len);
        shuffled.qualifications.reverse();
        shuffled.trained_in.reverse();
        let again = shuffled.build();
        prop_assert_eq!(&who, &again);
        prop_assert_eq!(&first, &report_json(&decide(&again, p, &ctx)));
        // Protocols in another order too.
        let mut protocols: Vec<Protocol> = ctx.protocols().to_vec();
        protocols.reverse();
        let mut b = ctx.to_builder();
        let rebuilt = {
            let base = Context::builder(ctx.date(), ctx.field()).facts(ctx.facts());
            let mut c = base
                .emergency(ctx.is_emergency())
                .professional(ctx.is_professional())
                .patient_groups(ctx.patient_groups());
            if let Some(place) = ctx.place() { c = c.place(place.clone()); }
            if let Some(s) = ctx.subdomain() { c = c.subdomain(s); }
            if let Some(q) = ctx.specialism() { c = c.specialism(q); }
            if let Some(dr) = ctx.drug() { c = c.drug(dr); }
            if let Some(t) = ctx.technique() { c = c.technique(t); }
            if let Some(i) = ctx.instruction() { c = c.instruction(i.clone()); }
            for pr in protocols { c = c.protocol(pr); }
            c.build().unwrap()
        };
        b = b.date(ctx.date());
        prop_assert_eq!(&b.build().unwrap(), &ctx);
        prop_assert_eq!(&rebuilt, &ctx);
        prop_assert_eq!(&first, &report_json(&decide(&who, p, &rebuilt)));
    }

    #[test]
    fn more_competence_protocols_or_facts_never_turn_permitted_into_denied(
        (parts, p, ctx) in (parts(), procedure(), any_request().prop_map(|r| r.2)),
        extra in competence(),
        sub in subdomain(),
        procedures in procedure_set(),
    ) {
        let who = parts.build();
        let before = decide(&who, p, &ctx);
        let mut more = parts.clone();
        more.competences.push(extra);
        let with_competence = decide(&more.build(), p, &ctx);
        let with_protocol = decide(&who, p, &ctx.to_builder().protocol(Protocol { subdomain: sub, procedures }).build().unwrap());
        let with_facts = decide(&who, p, &ctx.to_builder().facts(CaseFacts::ALL).build().unwrap());
        if before.is_permitted() {
            prop_assert!(with_competence.is_permitted() && with_protocol.is_permitted() && with_facts.is_permitted());
        }
        if before.is_independent() {
            prop_assert!(with_competence.is_independent() && with_protocol.is_independent() && with_facts.is_independent());
        }
    }

    #[test]
    fn a_restriction_by_patient_group_or_place_only_takes_away(
        (parts, p, ctx) in (parts_with(1), procedure(), any_request().prop_map(|r| r.2)),
        scoped in scoped_restrictions(),
        which in any::<usize>(),
    ) {
        let who = parts.build();
        let before = decide(&who, p, &ctx);
        let mut more = parts.clone();
        let i = which % more.registrations.len();
        let mut all: Vec<ScopedRestriction> = more.registrations[i].restrictions().to_vec();
        all.extend(scoped);
        more.registrations[i] = more.registrations[i].clone().with_restrictions(all).unwrap();
        let after = decide(&more.build(), p, &ctx);
        // Never more than before: a denial stays a denial, a conditional answer never becomes a
        // permission, and independence is never gained.
        if !before.is_permitted() {
            prop_assert!(!after.is_permitted());
        }
        if !before.is_independent() {
            prop_assert!(!after.is_independent());
        }
        if !before.is_permitted() && !before.is_conditional() {
            prop_assert!(!after.is_conditional());
        }
    }

    #[test]
    fn suspension_or_strike_off_never_grants_independence(
        (parts, p, ctx) in (parts_with(1), procedure(), any_request().prop_map(|r| r.2)),
        which in any::<usize>(),
        struck in any::<bool>(),
    ) {
        let who = parts.build();
        let before = decide(&who, p, &ctx);
        let mut worse = parts.clone();
        let i = which % worse.registrations.len();
        let r = &worse.registrations[i];
        // Replace the status on the context's date with a suspension or strike-off of that day.
        let day = ctx.date();
        let status = if struck {
            RegistrationStatus::StruckOff { ground: StrikeOffGround::Disciplinary }
        } else {
            RegistrationStatus::Suspended { ground: SuspensionGround::Provisional }
        };
        let mut history: Vec<StatusPeriod> = r.history().iter().filter(|s| !s.period.contains(day)).copied().collect();
        history.push(StatusPeriod { period: Period::new(day, Some(day)).unwrap(), status });
        worse.registrations[i] = Registration::new(r.profession(), r.big_number(), history).unwrap();
        let after = decide(&worse.build(), p, &ctx);
        if !before.is_independent() {
            prop_assert!(!after.is_independent());
        }
    }

    #[test]
    fn text_and_serde_forms_round_trip((who, p, ctx) in any_request(), day in date()) {
        prop_assert_eq!(day.to_string().parse::<Date>().unwrap(), day);
        prop_assert_eq!(serde_json::from_str::<Date>(&serde_json::to_string(&day).unwrap()).unwrap(), day);
        prop_assert_eq!(p.to_string().parse::<Procedure>().unwrap(), p);
        let request = Request::new(who, p, ctx).unwrap();
        let json = serde_json::to_string(&request).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Request>(&json).unwrap(), &request);
        let report = request.report(Lang::En);
        let json = serde_json::to_string(&report).unwrap();
        prop_assert_eq!(serde_json::from_str::<DecisionReport>(&json).unwrap(), report);
    }
}

proptest! {
    #![proptest_config(config())]

    /// A conditional answer is exact: with all its required facts established the act is
    /// permitted on its route and basis; with any one of them not established (the others
    /// established) it is denied.
    #[test]
    fn a_conditional_answer_holds_exactly_when_its_facts_do((who, p, ctx) in any_request()) {
        let d = decide(&who, p, &ctx);
        if d.is_conditional() {
            let required = d.required_facts();
            prop_assert!(!required.is_empty());
            // A stated fact the request left unknown; the patient's group or the place, not given.
            let left_open = |f: CaseFact| match f {
                CaseFact::Place => ctx.place().is_none(),
                CaseFact::PatientGroup => {
                    [PatientGroup::Minors, PatientGroup::Women, PatientGroup::Men]
                        .into_iter()
                        .any(|g| ctx.patient_groups().member(g).is_none())
                }
                _ => ctx.facts().is_unknown(f),
            };
            prop_assert!(required.iter().all(left_open));
            prop_assert_eq!(d.requires().len(), required.len());
            let focus = d.basis_rule().map(|r| r.registration_profession());
            let with = |yes: CaseFactSet, no: CaseFactSet| {
                facts_taken(&who, p, &ctx, focus, yes, no).map(|taken| decide(&who, p, &taken))
            };
            let permitted = with(required, CaseFactSet::EMPTY).unwrap();
            prop_assert!(permitted.is_permitted());
            prop_assert_eq!(permitted.route(), d.conditional_route());
            prop_assert_eq!(permitted.basis(), d.basis());
            for fact in required.iter() {
                // (No place bars every registration restricted by place: nothing to take.)
                if let Some(one_false) = with(required.without(fact), CaseFactSet::only(fact)) {
                    prop_assert!(!one_false.is_permitted(), "{fact} alone made no difference");
                }
            }
        } else if d.route().is_none() {
            // Denied: even with every unknown fact established it would not be permitted.
            let open = ctx.facts().unknown_set().with(CaseFact::PatientGroup);
            let open = if ctx.place().is_none() { open.with(CaseFact::Place) } else { open };
            let best = decide(&who, p, &facts_taken(&who, p, &ctx, None, open, CaseFactSet::EMPTY).unwrap());
            prop_assert!(!best.is_permitted());
        }
    }
}

/// What must be equal for two days to have the same answer.
/// (As `holds_until` compares them: a requirement with its citation, which a restriction's ground
/// can change while its code stays.)
type Answer =
    (Outcome, Option<Route>, Option<String>, Option<&'static str>, Vec<(String, String)>, Vec<(String, String)>);

fn answer(d: &Decision) -> Answer {
    (
        d.outcome(),
        d.route().or(d.conditional_route()),
        d.basis().map(|c| c.to_string()),
        d.basis_rule().map(|r| r.name),
        d.reasons().iter().map(|r| (r.unmet.code().to_owned(), r.citation.to_string())).collect(),
        d.requires().iter().map(|r| (r.unmet.code().to_owned(), r.citation.to_string())).collect(),
    )
}

fn on(ctx: &Context, day: Date) -> Context {
    ctx.to_builder().date(day).build().unwrap()
}

/// The two timeline properties decide day by day, so they run a fixed, smaller number of cases:
/// driven through the runner directly, since `proptest!` would apply `PROPTEST_CASES` over it.
fn timeline_runner() -> proptest::test_runner::TestRunner {
    let cases = cases(300).min(300);
    proptest::test_runner::TestRunner::new(ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    })
}

/// `holds_until` is exact: the same answer on every day from the date through it (checked day by
/// day for up to three years), and another answer the day after.
#[test]
fn an_answer_holds_exactly_until_the_day_it_says() {
    timeline_runner()
        .run(&any_request(), |(who, p, ctx)| {
            let first = answer(&decide(&who, p, &ctx));
            let holds = holds_until(&who, p, &ctx);
            let mut day = ctx.date();
            for _ in 0..1100 {
                if holds.as_ref().is_some_and(|h| day > h.until) {
                    break;
                }
                prop_assert_eq!(&answer(&decide(&who, p, &on(&ctx, day))), &first, "on {}", day);
                let Some(next) = day.next_day() else { break };
                day = next;
            }
            if let Some(h) = &holds {
                let after = h.until.next_day().unwrap();
                prop_assert_ne!(&answer(&decide(&who, p, &on(&ctx, after))), &first, "the day after {}", h.until);
                // Where its forecast begins: the first day through `until` that is a forecast
                // (whether a day is one only grows with the date).
                let forecast = |d: Date| decide(&who, p, &on(&ctx, d)).is_forecast();
                match h.forecast_from {
                    Some(f) => {
                        prop_assert!(f >= ctx.date() && f <= h.until && forecast(f), "{f}");
                        prop_assert!(f == ctx.date() || !forecast(f.previous_day().unwrap()), "{f}");
                    }
                    None => prop_assert!(!forecast(h.until)),
                }
            }
            Ok(())
        })
        .unwrap();
}

/// `periods` equals deciding every day: contiguous spans from the date through the last day, each
/// day's answer the span's.
#[test]
fn periods_equal_deciding_every_day() {
    timeline_runner()
        .run(&any_request(), |(who, p, ctx)| {
            let mut through = ctx.date();
            for _ in 0..240 {
                through = through.next_day().unwrap_or(through);
            }
            let spans = periods(&who, p, &ctx, through);
            prop_assert_eq!(spans.first().map(|s| s.from), Some(ctx.date()));
            prop_assert_eq!(spans.last().map(|s| s.until), Some(through));
            for pair in spans.windows(2) {
                prop_assert_eq!(pair[0].until.next_day(), Some(pair[1].from));
                prop_assert!(pair[1].because.is_some());
            }
            for s in &spans {
                let mut day = s.from;
                loop {
                    let d = decide(&who, p, &on(&ctx, day));
                    let got = (d.outcome(), d.route().or(d.conditional_route()), d.basis());
                    prop_assert_eq!(got, (s.outcome, s.route, s.basis), "on {}", day);
                    // The span says where its forecast begins, exactly.
                    prop_assert_eq!(d.is_forecast(), s.forecast_from.is_some_and(|f| day >= f), "on {}", day);
                    if day >= s.until {
                        break;
                    }
                    day = day.next_day().unwrap();
                }
            }
            Ok(())
        })
        .unwrap();
}
