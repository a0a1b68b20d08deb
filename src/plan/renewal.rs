//! The renewal that keeps a place covered longest: for a place and procedure that falls short of
//! its minimum ([`Shortfall`]), which one competence record of someone working there, renewed,
//! would move the first short day furthest (or away).

use serde::{Deserialize, Serialize};

use crate::input::professional::{Competence, Professional};
use crate::plan::roster::{Schedule, Work};
use crate::plan::roster_file::Shortfall;
use crate::plan::standing::plus_days;
use crate::types::date::{Date, Period};
use crate::types::procedure::Procedure;

/// A renewal that would keep a place covered longer: a person's competence record renewed from
/// the day after its last, for its usual validity (the roster's [`Validity`](crate::Validity) for its procedure
/// and subdomain, else as long again as it ran).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Renewal {
    /// The place id.
    pub place: String,
    /// The procedure.
    pub procedure: Procedure,
    /// The staff id of the person whose record it is.
    pub staff: String,
    /// The record, as the staff file has it.
    pub record: Competence,
    /// The renewed record's days: from the day after the record's last, for `months` months, or
    /// as many days as it ran.
    pub renewed: Period,
    /// The usual validity used, in months; absent: the record's own length.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// With the renewal, the first day on which fewer than the minimum may perform the
    /// procedure there independently; absent when none in the roster's days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_from: Option<Date>,
}

/// The records of `who` for `procedure` that a renewal could extend: those that end before
/// `through` (a record that runs on needs no renewal).
fn renewable(who: &Professional, procedure: Procedure, through: Date) -> impl Iterator<Item = &Competence> {
    who.competences().iter().filter(move |c| c.procedure == procedure && c.valid.until().is_some_and(|u| u < through))
}

/// The record renewed: from the day after its last, for `months` months (through the day
/// before the same day that many months on), or for as many days as it ran.
fn renewed(record: &Competence, months: Option<u32>) -> Option<Period> {
    let last = record.valid.until()?;
    let from = last.next_day()?;
    let until = match months {
        Some(m) => from.plus_months(m)?.previous_day()?,
        None => plus_days(from, u32::try_from(last.days_since(record.valid.from())).ok()?),
    };
    Period::new(from, Some(until)).ok()
}

/// The first day on which fewer than `minimum` may perform `procedure` at the place of
/// `workers` independently, with `who` (at `replaced`) in place of the staff member's own.
fn first_short(
    schedule: &Schedule<'_>,
    place: usize,
    procedure: Procedure,
    minimum: u32,
    workers: &[&Work],
    replaced: (usize, &Professional),
) -> Option<Date> {
    let (place_id, ctx) = schedule.places.get(place)?;
    let staff = workers
        .iter()
        .filter_map(|w| {
            let (id, who) = *schedule.staff.get(w.staff)?;
            Some((id, if w.staff == replaced.0 { replaced.1 } else { who }))
        })
        .collect();
    let works = workers.iter().enumerate().map(|(k, w)| Work { staff: k, place: 0, days: w.days.clone() }).collect();
    let one = Schedule {
        staff,
        places: vec![(place_id, ctx.clone())],
        procedures: std::slice::from_ref(&procedure),
        from: schedule.from,
        through: schedule.through,
        works,
        // A delegation opens only the instruction route: it never changes who may act
        // independently, which is all a shortfall counts.
        delegated: Vec::new(),
    };
    one.coverage_only().into_iter().find(|c| c.independent < minimum).map(|c| c.from)
}

/// For each shortfall, the one renewal that moves its first short day furthest (or away), when
/// one moves it at all; the first found wins a tie (staff order, then the record's order).
pub(crate) fn renewals(
    schedule: &Schedule<'_>,
    shortfalls: &[Shortfall],
    validity: &[crate::plan::roster_file::Validity],
) -> Vec<Renewal> {
    let mut out = Vec::new();
    for short in shortfalls {
        let Some(place) = schedule.places.iter().position(|(id, _)| *id == short.place) else { continue };
        let workers: Vec<&Work> = schedule.works.iter().filter(|w| w.place == place).collect();
        let mut best: Option<(Option<Date>, Renewal)> = None;
        for w in &workers {
            let Some(&(id, who)) = schedule.staff.get(w.staff) else { continue };
            for record in renewable(who, short.procedure, schedule.through) {
                let months = validity
                    .iter()
                    .find(|v| v.procedure == record.procedure && v.subdomain == record.subdomain)
                    .map(|v| v.months);
                let Some(period) = renewed(record, months) else { continue };
                let more = Competence { valid: period, ..*record };
                let Ok(with) = who.to_builder().competence(more).build() else { continue };
                let short_from =
                    first_short(schedule, place, short.procedure, short.minimum, &workers, (w.staff, &with));
                // Later is better; none (covered throughout) is best.
                let gain = |d: Option<Date>| d.map_or(Date::MAX, |d| d);
                if gain(short_from) <= short.from || best.as_ref().is_some_and(|(b, _)| gain(short_from) <= gain(*b)) {
                    continue;
                }
                let renewal = Renewal {
                    place: short.place.clone(),
                    procedure: short.procedure,
                    staff: id.to_owned(),
                    record: *record,
                    renewed: period,
                    months,
                    short_from,
                };
                best = Some((short_from, renewal));
            }
        }
        if let Some((_, renewal)) = best {
            out.push(renewal);
        }
    }
    out
}
