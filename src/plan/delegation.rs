//! A roster file's delegations in its cells: on the days a delegation runs, a cell's answers are
//! those under its instruction, conditional where what the record leaves unknown decides.

use crate::decision::{Change, Outcome, Span};
use crate::types::date::Date;

/// One day of a cell: its answer, whether an answer's span starts on it (and why), and the
/// delegation it is answered under.
struct Day {
    day: Date,
    outcome: Outcome,
    route: Option<crate::types::route::Route>,
    basis: Option<crate::law::Citation>,
    /// A span of the answers this day was read from starts here, for this reason.
    starts: Option<Option<Change>>,
    delegation: Option<usize>,
}

/// The days of `spans`, one by one.
fn days_of(spans: &[Span], delegation: Option<usize>) -> Vec<Day> {
    let mut out = Vec::new();
    for s in spans {
        let mut d = Some(s.from);
        while let Some(day) = d.filter(|d| *d <= s.until) {
            out.push(Day {
                day,
                outcome: s.outcome,
                route: s.route,
                basis: s.basis,
                starts: (day == s.from).then(|| s.because.clone()),
                delegation,
            });
            d = day.next_day();
        }
    }
    out
}

/// How far an outcome lets the person act.
const fn rank(outcome: Outcome) -> u8 {
    match outcome {
        Outcome::Permitted => 2,
        Outcome::Conditional => 1,
        _ => 0,
    }
}

/// The span of `spans` holding `day`.
fn on(spans: &[Span], day: Date) -> Option<&Span> {
    spans.iter().find(|s| s.from <= day && day <= s.until)
}

/// The answers under one delegation on its days: its index, the answers if what is unknown
/// holds (`hoped`) and if it does not (`feared`), and its first and last day for the cell.
pub(crate) struct Run {
    pub(crate) k: usize,
    pub(crate) hoped: Vec<Span>,
    pub(crate) feared: Vec<Span>,
    pub(crate) x: Date,
    pub(crate) y: Date,
}

/// `spans` with the days of each run answered under its delegation, in the order of `runs`:
/// permitted where the answer is permitted even if what is unknown does not hold (`feared`),
/// conditional where it is permitted only if it does (`hoped`), and `hoped`'s answer otherwise;
/// a day already answered under an earlier delegation keeps that answer unless this one's is
/// better (the first listed stands on a tie).
pub(crate) fn splice(spans: Vec<Span>, runs: &[Run]) -> Vec<Span> {
    let mut days = days_of(&spans, None);
    for run in runs {
        apply(&mut days, run);
    }
    merge(days)
}

/// One run's answers over `days`.
fn apply(days: &mut [Day], run: &Run) {
    let Run { k, hoped, feared, x, y } = run;
    let (k, x, y) = (*k, *x, *y);
    for day in days.iter_mut().filter(|d| x <= d.day && d.day <= y) {
        let (Some(h), Some(f)) = (on(hoped, day.day), on(feared, day.day)) else { continue };
        let (outcome, route, basis) = match (f.outcome, h.outcome) {
            (Outcome::Permitted, _) => (f.outcome, f.route, f.basis),
            (_, Outcome::Permitted | Outcome::Conditional) => (Outcome::Conditional, h.route, h.basis),
            _ => (h.outcome, h.route, h.basis),
        };
        // Two delegations on one day: the performer may act on either's instruction, so the
        // better answer stands (the first listed on a tie).
        if day.delegation.is_some() && rank(outcome) <= rank(day.outcome) {
            continue;
        }
        let starts = match (h.from == day.day, f.from == day.day) {
            (true, _) => Some(h.because.clone()),
            (false, true) => Some(f.because.clone()),
            (false, false) => None,
        };
        *day = Day { day: day.day, outcome, route, basis, starts, delegation: Some(k) };
    }
}

/// The days as spans: one per run of days with the same answer under the same delegation (or
/// none), marking where a delegation starts or ends.
fn merge(days: Vec<Day>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut previous: Option<(Date, Option<usize>)> = None;
    for d in days {
        let same = out.last().is_some_and(|s| s.outcome == d.outcome && s.route == d.route && s.basis == d.basis);
        let contiguous = previous.is_some_and(|(p, _)| p.next_day() == Some(d.day));
        let same_delegation = previous.is_some_and(|(_, k)| k == d.delegation);
        match out.last_mut() {
            Some(s) if same && contiguous && same_delegation => s.until = d.day,
            _ => {
                let because =
                    if contiguous && !same_delegation { Some(Change::Delegation) } else { d.starts.clone().flatten() };
                out.push(Span {
                    from: d.day,
                    until: d.day,
                    outcome: d.outcome,
                    route: d.route,
                    basis: d.basis,
                    because: if contiguous { because } else { d.starts.flatten() },
                    forecast_from: None,
                });
            }
        }
        previous = Some((d.day, d.delegation));
    }
    for s in &mut out {
        s.forecast_from = crate::law::forecast_from(s.from, Some(s.until));
    }
    out
}
